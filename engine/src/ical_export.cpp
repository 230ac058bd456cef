#include "retroplan/ical_export.hpp"

#include "retroplan/owners.hpp"
#include "retroplan/reminders.hpp"
#include "retroplan/text.hpp"

#include <libical/ical.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#ifndef RETROPLAN_VERSION
#define RETROPLAN_VERSION "0"
#endif

namespace retroplan {

namespace {

using namespace std::chrono;

struct FreeComponent {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, FreeComponent>;

// Reminders ring at this hour, local time, on their day.
constexpr int kReminderHour = 9;

// The words of descriptions and reminders.
struct Words {
    bool fr;
    const char *owner, *duration, *milestone, *slack, *critical, *yes, *no, *predecessors;
    const char *status, *colon, *starts, *ends;
    std::array<const char*, 7> weekdays; // Monday first
    std::string working_days(std::int64_t n) const;
};

const Words kEnglish{
    .fr = false,
    .owner = "Owner",
    .duration = "Duration",
    .milestone = "Milestone",
    .slack = "Slack",
    .critical = "Critical",
    .yes = "yes",
    .no = "no",
    .predecessors = "Predecessors",
    .status = "Status",
    .colon = ": ",
    .starts = "Starts",
    .ends = "Ends",
    .weekdays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
};
const Words kFrench{
    .fr = true,
    .owner = "Responsable",
    .duration = "Durée",
    .milestone = "Jalon",
    .slack = "Marge",
    .critical = "Critique",
    .yes = "oui",
    .no = "non",
    .predecessors = "Prédécesseurs",
    .status = "Statut",
    .colon = " : ",
    .starts = "Début",
    .ends = "Fin",
    .weekdays = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
};

std::string Words::working_days(std::int64_t n) const {
    const bool one = n == 1 || n == -1 || (fr && n == 0);
    return std::to_string(n) + (fr ? (one ? " jour ouvré" : " jours ouvrés")
                                   : (one ? " working day" : " working days"));
}

// TEXT values may hold line breaks (escaped by libical) but no other control character.
std::string clean_text(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '\r') {
            out += '\n';
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        } else if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7F))
            out += char(c);
    }
    return out;
}

icaltimetype ical_date(Date d) {
    const year_month_day ymd{d};
    icaltimetype t = icaltime_null_date();
    t.year = int(ymd.year());
    t.month = int(unsigned(ymd.month()));
    t.day = int(unsigned(ymd.day()));
    return t;
}

std::string date_key(icaltimetype t) {
    if (icaltime_is_null_time(t)) return {};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d%s", t.year, t.month, t.day, t.is_date ? "" : "T");
    return buf;
}

// A reminder `day` at kReminderHour, relative to the all-day event's start (midnight, local
// time): whole days plus hours, so that a daylight-saving change (at night) never moves it.
icaldurationtype offset_from_start(Date event_start, Date day) {
    const auto delta = (day - event_start).count();
    icaldurationtype d = icaldurationtype_null_duration();
    if (delta >= 0) {
        d.days = unsigned(delta);
        d.hours = kReminderHour;
    } else {
        d.is_neg = 1;
        d.days = unsigned(-delta - 1);
        d.hours = 24 - kReminderHour;
    }
    return d;
}

// What earlier exports said of each UID: its SEQUENCE and dates.
struct PastEvent {
    int sequence = 0;
    std::string dates; // DTSTART and DTEND
};
using History = std::unordered_map<std::string, PastEvent>;

void collect_events(icalcomponent* c, History& history) {
    if (icalcomponent_isa(c) == ICAL_VEVENT_COMPONENT) {
        const char* uid = icalcomponent_get_uid(c);
        if (!uid) return;
        PastEvent e{.sequence = icalcomponent_get_sequence(c),
                    .dates = date_key(icalcomponent_get_dtstart(c)) + "/" +
                             date_key(icalcomponent_get_dtend(c))};
        auto [it, added] = history.try_emplace(uid, e);
        if (!added && e.sequence > it->second.sequence) it->second = e;
        return;
    }
    for (icalcomponent* child = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        collect_events(child, history);
}

History read_history(const std::vector<std::string>& texts) {
    History history;
    for (const auto& text : texts)
        if (Component root{icalparser_parse_string(text.c_str())}) // garbage: no event, no state
            collect_events(root.get(), history);
    return history;
}

int hex_digit(char c) {
    if (is_digit(c)) return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string percent_decode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const int hi = s[i] == '%' && i + 2 < s.size() ? hex_digit(s[i + 1]) : -1;
        const int lo = hi >= 0 ? hex_digit(s[i + 2]) : -1;
        if (lo >= 0) {
            out += char(hi * 16 + lo);
            i += 2;
        } else
            out += s[i];
    }
    return out;
}

// "file:///home/anne/Plan%20lancement.ods" or "plans/campagne.csv" -> "Plan lancement", "campagne".
std::string plan_stem(std::string_view plan_id) {
    const auto slash = plan_id.find_last_of("/\\");
    std::string name =
        percent_decode(slash == std::string_view::npos ? plan_id : plan_id.substr(slash + 1));
    const auto dot = name.find_last_of('.');
    if (dot != std::string::npos && dot > 0) name.erase(dot);
    return name.empty() ? std::string("Retroplan") : name;
}

// A file name from a person's name: characters that Windows, macOS or Linux refuse become '_'.
std::string safe_file_stem(std::string_view name) {
    std::string out;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        const bool bad = u < 0x20 || u == 0x7F ||
                         std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos;
        out += bad ? '_' : c;
    }
    while (!out.empty() && (out.back() == '.' || out.back() == ' '))
        out.pop_back();
    while (!out.empty() && out.front() == '.')
        out.erase(0, 1);
    return out.empty() ? std::string("owner") : out;
}

struct Group {
    std::string owner; // as first written; empty for the whole plan
    std::vector<std::size_t> tasks;
};

std::vector<Group> groups_of(const PlanInput& plan, const IcsOptions& options) {
    std::vector<Group> groups;
    if (options.scope == OwnerScope::All) {
        Group all;
        all.tasks.resize(plan.tasks.size());
        for (std::size_t i = 0; i < all.tasks.size(); ++i)
            all.tasks[i] = i;
        groups.push_back(std::move(all));
        return groups;
    }
    const std::string wanted = owner_key(options.owner);
    std::unordered_map<std::string, std::size_t> by_key;
    for (std::size_t i = 0; i < plan.tasks.size(); ++i)
        for (const auto& name : split_owners(plan.tasks[i].owner)) {
            std::string key = owner_key(name);
            if (options.scope == OwnerScope::One && key != wanted) continue;
            auto [it, added] = by_key.try_emplace(std::move(key), groups.size());
            if (added) groups.push_back({.owner = name});
            auto& tasks = groups[it->second].tasks;
            if (tasks.empty() || tasks.back() != i) tasks.push_back(i); // "Anne; anne" once
        }
    return groups;
}

class Writer {
  public:
    Writer(const Schedule& s, const PlanInput& plan, const Settings& settings,
           const IcsOptions& options)
        : s_(s), plan_(plan), settings_(settings), options_(options),
          words_(options.lang == Lang::Fr ? kFrench : kEnglish),
          history_(read_history(options.previous)),
          stamp_(icaltime_from_timet_with_zone(std::time_t(options.now.time_since_epoch().count()),
                                               0, icaltimezone_get_utc_timezone())) {}

    std::string calendar(const Group& group, const std::string& name) const {
        Component cal{icalcomponent_new_vcalendar()};
        icalcomponent_add_property(
            cal.get(),
            icalproperty_new_prodid("-//Retroplan//Retroplan " RETROPLAN_VERSION "//EN"));
        icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
        icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
        icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
        // NAME is RFC 7986's; X-WR-CALNAME is what Apple, Google and Outlook read.
        icalcomponent_add_property(cal.get(), icalproperty_new_name(name.c_str()));
        icalproperty* x = icalproperty_new_x(name.c_str());
        icalproperty_set_x_name(x, "X-WR-CALNAME");
        icalcomponent_add_property(cal.get(), x);
        for (std::size_t i : group.tasks)
            icalcomponent_add_component(cal.get(), event(i));
        char* text = icalcomponent_as_ical_string_r(cal.get());
        std::string out = text ? text : "";
        icalmemory_free_buffer(text);
        return out;
    }

  private:
    std::string summary(const TaskInput& t) const {
        return clean_text(t.name.empty() ? t.id : t.id + " \u2014 " + t.name);
    }

    std::string description(std::size_t i) const {
        const TaskInput& t = plan_.tasks[i];
        const TaskTimes& tt = s_.times[i];
        const Words& w = words_;
        std::string out;
        auto line = [&](const char* label, std::string_view value) {
            if (value.empty()) return;
            if (!out.empty()) out += '\n';
            out += label;
            out += w.colon;
            out += value;
        };
        line(w.owner, trim(t.owner));
        const WorkIndex d = tt.lf - tt.ls;
        line(w.duration, d == 0 ? std::string(w.milestone) : w.working_days(d));
        if (!tt.done) line(w.slack, w.working_days(tt.total_slack)); // a done task has none (§8)
        line(w.critical, tt.critical ? w.yes : w.no);
        line(w.predecessors, trim(t.predecessors));
        // With a status date, the task's status on it (model §10), in the export's language.
        if (s_.follow_up && i < s_.follow_up->tasks.size())
            line(w.status, status_word(s_.follow_up->tasks[i].status, options_.lang));
        return clean_text(out);
    }

    icalcomponent* event(std::size_t i) const {
        const TaskInput& t = plan_.tasks[i];
        const TaskDates& d = s_.dates[i];
        const std::string uid = event_uid(options_.plan_id, t.id);
        const icaltimetype start = ical_date(d.start), end = ical_date(d.end + days{1});

        icalcomponent* ev = icalcomponent_new_vevent();
        icalcomponent_add_property(ev, icalproperty_new_uid(uid.c_str()));
        icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp_));
        icalcomponent_add_property(ev, icalproperty_new_sequence(sequence(uid, start, end)));
        icalcomponent_add_property(ev, icalproperty_new_dtstart(start));
        icalcomponent_add_property(ev, icalproperty_new_dtend(end));
        const std::string title = summary(t);
        icalcomponent_add_property(ev, icalproperty_new_summary(title.c_str()));
        icalcomponent_add_property(ev, icalproperty_new_description(description(i).c_str()));
        std::string categories;
        for (const auto& name : split_owners(t.owner)) {
            if (!categories.empty()) categories += ',';
            categories += clean_text(name);
        }
        if (!categories.empty())
            icalcomponent_add_property(ev, icalproperty_new_categories(categories.c_str()));
        icalcomponent_add_property(ev, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        for (const Reminder& r :
             task_reminders(s_.times[i], settings_.calendar, options_.alert_days))
            icalcomponent_add_component(ev, alarm(r, d, title));
        return ev;
    }

    icalcomponent* alarm(const Reminder& r, const TaskDates& d, const std::string& title) const {
        const Words& w = words_;
        const Date what = r.what == ReminderFor::End ? d.end : d.start;
        const char* verb = r.what == ReminderFor::Start ? w.starts
                           : r.what == ReminderFor::End ? w.ends
                                                        : w.milestone;
        const std::string text = std::string(verb) + " " +
                                 w.weekdays[weekday{what}.iso_encoding() - 1] + " " + to_iso(what) +
                                 w.colon + title;
        icaltriggertype trigger{};
        trigger.time = icaltime_null_time();
        trigger.duration = offset_from_start(d.start, r.day);
        icalcomponent* a = icalcomponent_new_valarm();
        icalcomponent_add_property(a, icalproperty_new_action(ICAL_ACTION_DISPLAY));
        icalcomponent_add_property(a, icalproperty_new_trigger(trigger));
        icalcomponent_add_property(a, icalproperty_new_description(text.c_str()));
        return a;
    }

    int sequence(const std::string& uid, icaltimetype start, icaltimetype end) const {
        const auto it = history_.find(uid);
        if (it == history_.end()) return 0;
        const bool moved = it->second.dates != date_key(start) + "/" + date_key(end);
        return it->second.sequence + (moved ? 1 : 0);
    }

    const Schedule& s_;
    const PlanInput& plan_;
    const Settings& settings_;
    const IcsOptions& options_;
    const Words& words_;
    History history_;
    icaltimetype stamp_;
};

} // namespace

std::string event_uid(std::string_view plan_id, std::string_view task_id) {
    std::uint64_t h = 14695981039346656037ull; // FNV-1a: the same on every machine and run
    for (unsigned char c : plan_id) {
        h ^= c;
        h *= 1099511628211ull;
    }
    std::string uid;
    for (unsigned char c : task_id) {
        const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || is_digit(char(c)) ||
                           c == '.' || c == '_' || c == '~' || c == '-';
        char buf[4];
        std::snprintf(buf, sizeof buf, "%%%02X", c);
        uid += plain ? std::string(1, char(c)) : std::string(buf);
    }
    char hash[20];
    std::snprintf(hash, sizeof hash, "-%016llx", static_cast<unsigned long long>(h));
    return uid + hash + "@retroplan";
}

std::vector<CalendarFile> export_calendar(const Schedule& schedule, const PlanInput& plan,
                                          const Settings& settings, const IcsOptions& options) {
    const Writer writer(schedule, plan, settings, options);
    const std::string base =
        options.calendar_name.empty() ? plan_stem(options.plan_id) : options.calendar_name;
    const bool suffix = options.scope == OwnerScope::Each ||
                        (options.scope == OwnerScope::One && options.calendar_name.empty());
    std::vector<CalendarFile> files;
    std::unordered_set<std::string> taken; // folded: case-insensitive file systems
    for (const Group& g : groups_of(plan, options)) {
        CalendarFile f{.owner = g.owner, .events = g.tasks.size()};
        f.text = writer.calendar(g, clean_text(suffix ? base + " \u2014 " + g.owner : base));
        if (options.scope == OwnerScope::Each) {
            const std::string stem = safe_file_stem(g.owner);
            std::string name = stem;
            for (int n = 2; !taken.insert(fold(name)).second; ++n)
                name = stem + " (" + std::to_string(n) + ")";
            f.file_name = name + ".ics";
        }
        files.push_back(std::move(f));
    }
    return files;
}

} // namespace retroplan
