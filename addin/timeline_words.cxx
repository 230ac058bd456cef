#include "timeline_words.hxx"

namespace retroplan::addin {

namespace {

const Words kEnglish{
    .title = "Retroplan",
    .deadline = "Deadline",
    .kickoff = "Latest kick-off",
    .critical_path = "Critical path",
    .status = "Status",
    .built = "Built",
    .freshness = "Timeline",
    .on_time = "On time",
    .late_by = "Late by %d working days",
    .days = "%d working days",
    .built_from = "%s from %s",
    .up_to_date = "up to date",
    .out_of_date = "out of date \u2014 rebuild",
    .legend_critical = "Critical task",
    .legend_task = "Task with slack",
    .legend_slack = "Slack",
    .legend_buffer = "Buffer",
    .legend_off = "Non-working day",
    .legend_milestone = "Milestone",
    .legend_due = "Due date",
    .legend_deadline = "Deadline",
    .legend_today = "Today",
    .scale_days = "One column per day; non-working days in grey",
    .scale_weeks = "One column per week (too long for days)",
    .scale_months = "One column per month (too long for weeks)",
    .week_row = "Week",
    .week_prefix = "W",
    .columns = {"ID", "Task", "Owner", "Start", "End", "Slack"},
    .months = {"January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"},
    .short_months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                     "Dec"},
};

const Words kFrench{
    .title = "Rétroplanning",
    .deadline = "Date de lancement",
    .kickoff = "Démarrage au plus tard",
    .critical_path = "Chemin critique",
    .status = "État",
    .built = "Construit",
    .freshness = "Planning",
    .on_time = "Dans les temps",
    .late_by = "En retard de %d jours ouvrés",
    .days = "%d jours ouvrés",
    .built_from = "%s depuis %s",
    .up_to_date = "à jour",
    .out_of_date = "à reconstruire",
    .legend_critical = "Tâche critique",
    .legend_task = "Tâche avec marge",
    .legend_slack = "Marge",
    .legend_buffer = "Marge de sécurité",
    .legend_off = "Jour non ouvré",
    .legend_milestone = "Jalon",
    .legend_due = "Échéance",
    .legend_deadline = "Date de lancement",
    .legend_today = "Aujourd'hui",
    .scale_days = "Une colonne par jour ; jours non ouvrés en gris",
    .scale_weeks = "Une colonne par semaine (trop long pour des jours)",
    .scale_months = "Une colonne par mois (trop long pour des semaines)",
    .week_row = "Semaine",
    .week_prefix = "S",
    .columns = {"ID", "Tâche", "Responsable", "Début", "Fin", "Marge"},
    .months = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
               "octobre", "novembre", "décembre"},
    .short_months = {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                     "oct.", "nov.", "déc."},
};

} // namespace

const Words& words_for(Lang lang) {
    return lang == Lang::Fr ? kFrench : kEnglish;
}

} // namespace retroplan::addin
