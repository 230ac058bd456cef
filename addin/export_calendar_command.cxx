// "Export calendar (.ics)…" (org.retroplan.command:ExportCalendar): writes the calendar of the
// document's plan, read exactly as Rebuild reads it, to a .ics file — or one per owner into a
// folder. Where: the dispatch argument Path (a file) or PerOwner (a folder), a path or a file URL;
// else, in a window, a save dialog; else (headless) "<document name>.ics" next to the document.
// The document is not changed: only RetroplanStatus, without marking it modified.
#include "commands.hxx"

#include "calendar_dialog.hxx"
#include "calendar_files.hxx"
#include "document_plan.hxx"
#include "ui_language.hxx"
#include "uno_convert.hxx"

#include "retroplan/ical_export.hpp"
#include "retroplan/owners.hpp"

namespace fs = std::filesystem;

namespace retroplan::addin {

using namespace css;

namespace {

// "1 event", "13 events": the number and the words that agree with it.
std::string count(std::size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

CommandResult failed(const std::string& message) {
    return export_result(false, message);
}

// Where the calendar goes: the dispatch arguments, else the dialog, else next to the document.
// An error message, or nullopt with `target` set; `cancelled` when the person closed the dialog.
std::optional<std::string> choose_target(const CommandCall& call, const DocumentLocation& where,
                                         const EnFr& w, CalendarTarget& target, bool& cancelled) {
    const auto path = call.text_argument("Path");
    const auto per_owner = call.text_argument("PerOwner");
    if (path && per_owner)
        return w("Give Path (one file) or PerOwner (a folder), not both.",
                 "Indiquez Path (un fichier) ou PerOwner (un dossier), pas les deux.");
    if (path || per_owner) {
        const OUString& given = path ? *path : *per_owner;
        const auto local = local_path(given, where.folder);
        if (!local)
            return to_utf8(given) + w(": calendars are written to local files only.",
                                      " : les calendriers s'écrivent dans des fichiers locaux.");
        target = {.path = *local, .per_owner = bool(per_owner)};
        return std::nullopt;
    }
    const std::string file_name = where.stem + ".ics";
    if (call.interactive) {
        const auto picked = ask_calendar_target(call.context, where.folder, file_name, call.lang);
        cancelled = !picked;
        if (picked) target = *picked;
        return std::nullopt;
    }
    if (!where.folder)
        return w("The document is not saved in a local folder: give the calendar's Path.",
                 "Le classeur n'est pas enregistré dans un dossier local : indiquez le chemin "
                 "(Path) du calendrier.");
    target = {.path = *where.folder / file_name};
    return std::nullopt;
}

std::size_t tasks_without_owner(const PlanInput& plan) {
    std::size_t n = 0;
    for (const auto& t : plan.tasks)
        n += split_owners(t.owner).empty() ? 1 : 0;
    return n;
}

} // namespace

CommandResult run_export_calendar(const CommandCall& call) {
    const EnFr w(call.lang);
    const DocumentPlan document = read_document_plan(call.model);
    const std::string headline =
        w("The calendar was not exported. ", "Le calendrier n'a pas été exporté. ");
    if (const auto unusable = unusable_plan_message(document, headline, call.lang)) {
        CommandResult result = failed(*unusable);
        result.status =
            to_ouString(*unusable_plan_message(document, headline, call.lang, WithCode::Yes));
        return result;
    }
    const RebuildPlan& plan = document.plan;

    const DocumentLocation where = document_location(call.model);
    CalendarTarget target;
    bool cancelled = false;
    if (const auto error = choose_target(call, where, w, target, cancelled)) return failed(*error);
    if (cancelled)
        return {.ok = true,
                .message =
                    to_ouString(w("Calendar export cancelled.", "Export du calendrier annulé.")),
                .document_unchanged = true};

    IcsOptions options{
        .plan_id = where.plan_id,
        .scope = target.per_owner ? OwnerScope::Each : OwnerScope::All,
        .lang = document_language(call.model, call.lang),
    };
    options.previous = previous_calendars(target.path, target.per_owner);
    const auto files = export_calendar(*plan.schedule, plan.plan, *plan.settings, options);
    if (files.empty())
        return failed(w("No task has an owner: no calendar was written.",
                        "Aucune tâche n'a de responsable : aucun calendrier n'a été écrit."));

    std::string written;
    try {
        if (!target.per_owner) {
            write_calendar(target.path, files.front().text);
            written =
                count(files.front().events, w("event", "événement"), w("events", "événements")) +
                w(" written to ", " écrits dans ") + target.path.string();
        } else {
            fs::create_directories(target.path);
            for (const auto& f : files)
                write_calendar(target.path / f.file_name, f.text);
            written =
                count(files.size(), w("calendar", "calendrier"), w("calendars", "calendriers")) +
                w(", one per owner, written to ", ", un par responsable, écrits dans ") +
                target.path.string();
            if (const std::size_t alone = tasks_without_owner(plan.plan))
                written +=
                    "; " +
                    count(alone, w("task without an owner is", "tâche sans responsable n'est"),
                          w("tasks without an owner are", "tâches sans responsable ne sont")) +
                    w(" in none", " dans aucun");
        }
    } catch (const fs::filesystem_error& e) {
        return failed(w("The calendar was not written: ", "Le calendrier n'a pas été écrit : ") +
                      e.path1().string() + " (" + e.code().message() + ")");
    }
    return {.ok = true, .message = to_ouString("OK: " + written), .document_unchanged = true};
}

} // namespace retroplan::addin
