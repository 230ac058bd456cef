// retroplan status PLAN.csv --deadline D --start T [--alert-days N] [--lang en|fr] [settings]
// The alert list a person reads in the morning: where the plan stands on the status date, then
// the late tasks and the due-soon ones (model §10) with owner, what is due and when.
#include "commands.hpp"
#include "common.hpp"

#include "retroplan/schedule.hpp"
#include "retroplan/text.hpp"

#include <iostream>

namespace retroplan::cli {

namespace {

// "Fri 2027-03-19" / "ven. 2027-03-19"
std::string day(Date d, Lang lang) {
    static const char* const en[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const fr[] = {"lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."};
    const unsigned wd = std::chrono::weekday{d}.iso_encoding() - 1;
    return std::string(lang == Lang::Fr ? fr[wd] : en[wd]) + " " + to_iso(d);
}

std::size_t display_width(std::string_view s) {
    std::size_t n = 0;
    for (const char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80; // count code points
    return n;
}

std::string padded(std::string s, std::size_t width) {
    const std::size_t w = display_width(s);
    if (w < width) s.append(width - w, ' ');
    return s;
}

std::string days_text(std::int64_t n, Lang lang) {
    const bool one = n == 1 || n == -1;
    return std::to_string(n) + (lang == Lang::Fr ? (one ? " jour ouvré" : " jours ouvrés")
                                                 : (one ? " working day" : " working days"));
}

// The first two lines: the status date and window, on time or late by, the counts.
std::string heading(const Schedule& s, Lang lang) {
    const FollowUp& f = *s.follow_up;
    const bool fr = lang == Lang::Fr;
    std::string out = (fr ? "Point au " : "Status on ") + day(f.status_date, lang) +
                      (fr ? ", fenêtre d'alerte " : ", alert window ") +
                      days_text(f.alert_days, lang) + (fr ? " : " : ": ");
    if (s.late_by > 0)
        out += (fr ? "en retard de " : "late by ") + days_text(s.late_by, lang);
    else
        out += fr ? "dans les temps" : "on time";
    out += ".\n";
    for (const Status st : kStatuses) {
        if (st != Status::Done) out += " \u00B7 ";
        out += std::string(status_word(st, lang)) + " " + std::to_string(f.counts.of(st));
    }
    return out + "\n";
}

std::string alerts(const PlanInput& plan, const Schedule& s, Lang lang) {
    const FollowUp& f = *s.follow_up;
    const bool fr = lang == Lang::Fr;
    const std::vector<std::size_t> list = alert_list(f);
    if (list.empty())
        return fr ? "\nRien en retard ni à échéance proche.\n" : "\nNothing late or due soon.\n";
    const std::string no_owner = fr ? "(sans responsable)" : "(no owner)";
    auto id_of = [&](std::size_t i) { return printable(plan.tasks[i].id); }; // one line each
    auto name_of = [&](std::size_t i) { return excerpt(plan.tasks[i].name, 40); };
    auto owner_of = [&](std::size_t i) {
        return plan.tasks[i].owner.empty() ? no_owner : excerpt(plan.tasks[i].owner, 30);
    };
    std::size_t w_id = 0, w_name = 0, w_owner = 0;
    for (const std::size_t i : list) {
        w_id = std::max(w_id, display_width(id_of(i)));
        w_name = std::max(w_name, display_width(name_of(i)));
        w_owner = std::max(w_owner, display_width(owner_of(i)));
    }
    std::string out;
    Status group = Status::Done;
    for (const std::size_t i : list) {
        const TaskFollowUp& t = f.tasks[i];
        if (t.status != group) {
            group = t.status;
            out.append("\n").append(status_word(group, lang)).append("\n");
        }
        // "finish by Tue 2027-03-23" / "fin le mar. 2027-03-23"
        std::string line = std::string("  ").append(padded(id_of(i), w_id));
        line.append("  ").append(padded(name_of(i), w_name));
        line.append("  ").append(padded(owner_of(i), w_owner));
        line.append("  ").append(due_word(t.due, lang)).append(fr ? " le " : " by ");
        line.append(day(t.due_date, lang));
        if (t.status == Status::Late) {
            // When it is now expected to happen instead.
            const Date expected = t.due == Due::Start ? t.expected_start : t.expected_end;
            line += (fr ? " (prévision " : " (expected ") + day(expected, lang) + ")";
        }
        out += line + "\n";
    }
    return out;
}

} // namespace

int run_status(const std::vector<std::string>& args) {
    const char* synopsis = "status PLAN.csv --deadline YYYY-MM-DD --start YYYY-MM-DD [options]";
    po::options_description opts = command_options(true);
    const Parsed p = parse(args, opts, synopsis);
    if (p.help) return kOk;
    require_deadline(p.vm);
    if (!p.vm.count("start")) throw UsageError("--start (the status date, \"today\") is required");
    const Lang lang = lang_from(p.vm);
    const SettingsInput si = settings_from(p.vm);

    const PlanInput plan = read_plan(p.plan);
    const Outcome outcome = schedule(plan, read_settings(si));
    if (!outcome.ok()) {
        print_problems(outcome.problems, lang, std::cerr);
        return kInvalid;
    }
    const Schedule& s = *outcome.schedule;
    const Lang out = output_lang(p.vm, plan);
    std::cout << heading(s, out) << alerts(plan, s, out);
    return kOk;
}

} // namespace retroplan::cli
