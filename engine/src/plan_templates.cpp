#include "retroplan/plan_templates.hpp"

#include "retroplan/calendar.hpp"
#include "retroplan/schedule.hpp"
#include "retroplan/text.hpp"

#include <span>

namespace retroplan {

namespace {

// One task in both languages: the same plan, IDs and words translated (the link types too: SS is
// the French DD).
struct Words {
    const char *id, *name, *predecessors, *owner;
};
struct TaskData {
    int duration; // working days; 0 is a milestone
    int buffer;   // working days; 0 is none
    Words en, fr;
};

// examples/campagne-multicanal.csv.
constexpr TaskData kCampaign[] = {
    {5,
     0,
     {"OBJ", "Objectives & KPIs", "", "Project lead"},
     {"OBJ", "Objectifs & KPI", "", "Chef de projet"}},
    {5,
     0,
     {"TGT", "Targeting & personas", "OBJSS+2", "Project lead"},
     {"CIB", "Ciblage & personas", "OBJDD+2", "Chef de projet"}},
    {5,
     0,
     {"CHN", "Channels & media plan", "OBJ;TGT", "Project lead"},
     {"CAN", "Choix des canaux & plan média", "OBJ;CIB", "Chef de projet"}},
    {3,
     0,
     {"BRF", "Creative brief", "CHN", "Project lead"},
     {"BRF", "Brief créatif", "CAN", "Chef de projet"}},
    {15,
     2,
     {"VIS", "Visual design", "BRF", "Designer"},
     {"VIS", "Création des visuels", "BRF", "Graphiste"}},
    {10,
     0,
     {"COPY", "Copywriting", "BRFSS+2", "Community manager"},
     {"RED", "Rédaction des contenus", "BRFDD+2", "Community manager"}},
    {3,
     0,
     {"REV1", "Client review 1", "VIS;COPY", "Client"},
     {"VAL1", "Validation client V1", "VIS;RED", "Client"}},
    {5, 0, {"COR", "Corrections", "REV1", "Designer"}, {"COR", "Corrections", "VAL1", "Graphiste"}},
    {3,
     0,
     {"PRF", "Proofreading", "CORFF", "Community manager"},
     {"REL", "Relecture des contenus", "CORFF", "Community manager"}},
    {2,
     1,
     {"SIGN", "Final sign-off", "COR;PRF", "Client"},
     {"VAL2", "Validation finale", "COR;REL", "Client"}},
    {4,
     0,
     {"DASH", "Tracking dashboard", "CHN", "Project lead"},
     {"SUIV", "Tableau de bord de suivi", "CAN", "Chef de projet"}},
    {3,
     0,
     {"PROG", "Scheduling posts", "SIGN", "Community manager"},
     {"PROG", "Programmation des publications", "VAL2", "Community manager"}},
    {0,
     0,
     {"GO", "Campaign launch", "PROG;DASH", "Project lead"},
     {"GO", "Lancement de la campagne", "PROG;SUIV", "Chef de projet"}},
};

// examples/corporate-event.csv, without its due dates (they belong to one year's calendar).
constexpr TaskData kEvent[] = {
    {10,
     0,
     {"BUD", "Budget and objectives", "", "Event manager"},
     {"BUD", "Budget et objectifs", "", "Responsable événement"}},
    {15,
     0,
     {"VEN", "Venue shortlist and visits", "BUD", "Event manager"},
     {"LIEU", "Présélection et visite des lieux", "BUD", "Responsable événement"}},
    {0,
     0,
     {"BOOK", "Venue booked", "VEN", "Event manager"},
     {"RESA", "Lieu réservé", "LIEU", "Responsable événement"}},
    {15,
     0,
     {"SPK", "Speakers identified", "BUD", "Content lead"},
     {"INT", "Intervenants pressentis", "BUD", "Responsable contenu"}},
    {0,
     5,
     {"SPKC", "Speakers confirmed", "SPK", "Content lead"},
     {"INTC", "Intervenants confirmés", "INT", "Responsable contenu"}},
    {10,
     0,
     {"AGD", "Agenda drafted", "SPKC", "Content lead"},
     {"PROG", "Programme rédigé", "INTC", "Responsable contenu"}},
    {20,
     0,
     {"COM", "Communication material", "AGDSS+5", "Designer"},
     {"COM", "Supports de communication", "PROGDD+5", "Graphiste"}},
    {5,
     0,
     {"COMV", "Communication material validated", "COM", "Communications"},
     {"COMV", "Supports validés", "COM", "Communication"}},
    {10,
     0,
     {"INVL", "Guest list", "BUD", "Event manager"},
     {"LIST", "Liste des invités", "BUD", "Responsable événement"}},
    {0,
     0,
     {"INV", "Invitations sent", "COMV;INVL", "Communications"},
     {"INV", "Invitations envoyées", "COMV;LIST", "Communication"}},
    {30,
     0,
     {"REG", "Registrations follow-up", "INV", "Communications"},
     {"INSC", "Suivi des inscriptions", "INV", "Communication"}},
    {10,
     0,
     {"CAT", "Catering and AV booked", "BOOK", "Logistics"},
     {"TRAI", "Traiteur et technique réservés", "RESA", "Logistique"}},
    {5,
     0,
     {"LOG", "Logistics and signage", "CATFF;REGFF-5", "Logistics"},
     {"LOG", "Logistique et signalétique", "TRAIFF;INSCFF-5", "Logistique"}},
    {2,
     0,
     {"REH", "Rehearsal", "LOG;AGD", "Content lead"},
     {"REP", "Répétition", "LOG;PROG", "Responsable contenu"}},
    {0,
     0,
     {"EVT", "Event day", "REH", "Event manager"},
     {"JJ", "Jour J", "REP", "Responsable événement"}},
};

// examples/software-release.csv, without its due dates.
constexpr TaskData kRelease[] = {
    {5,
     0,
     {"SCOPE", "Scope frozen", "", "Product manager"},
     {"PERIM", "Périmètre figé", "", "Chef de produit"}},
    {40,
     0,
     {"DEV", "Feature development", "SCOPE", "Dev team"},
     {"DEV", "Développement des fonctionnalités", "PERIM", "Équipe de développement"}},
    {15,
     0,
     {"DOC", "Documentation", "DEVFF+5", "Tech writer"},
     {"DOC", "Documentation", "DEVFF+5", "Rédacteur technique"}},
    {0,
     0,
     {"FC", "Feature complete", "DEV", "Dev team"},
     {"FONC", "Fonctionnalités terminées", "DEV", "Équipe de développement"}},
    {0,
     0,
     {"FRZ", "Code freeze", "FC", "Release manager"},
     {"GEL", "Gel du code", "FONC", "Responsable de version"}},
    {10,
     3,
     {"QA", "QA and regression tests", "FC", "QA team"},
     {"RECT", "Recette et non-régression", "FONC", "Équipe qualité"}},
    {10,
     0,
     {"FIX", "Bug fixing", "QASS+3", "Dev team"},
     {"CORR", "Correction des anomalies", "RECTDD+3", "Équipe de développement"}},
    {3,
     0,
     {"RB", "Rollback plan", "FC", "Ops"},
     {"RETOUR", "Plan de retour arrière", "FONC", "Exploitation"}},
    {2,
     0,
     {"REH", "Deployment rehearsal", "FIX;RB", "Ops"},
     {"REP", "Répétition du déploiement", "CORR;RETOUR", "Exploitation"}},
    {0,
     0,
     {"RC", "Release candidate", "FIX;FRZ", "Release manager"},
     {"VC", "Version candidate", "CORR;GEL", "Responsable de version"}},
    {1,
     0,
     {"DEP", "Production deployment", "REH;RC;DOC", "Ops"},
     {"MEP", "Mise en production", "REP;VC;DOC", "Exploitation"}},
    {0,
     0,
     {"GA", "General availability", "DEP", "Product manager"},
     {"DISPO", "Disponibilité générale", "MEP", "Chef de produit"}},
};

std::span<const TaskData> tasks_of(PlanTemplate t) {
    switch (t) {
    case PlanTemplate::Campaign:
        return kCampaign;
    case PlanTemplate::Event:
        return kEvent;
    case PlanTemplate::Release:
        return kRelease;
    case PlanTemplate::Empty:
        break;
    }
    return {};
}

struct TemplateNames {
    PlanTemplate id;
    const char *key, *en, *fr;
};
constexpr TemplateNames kNames[] = {
    {PlanTemplate::Campaign, "campaign", "Marketing campaign", "Campagne marketing"},
    {PlanTemplate::Event, "event", "Corporate event", "Événement d'entreprise"},
    {PlanTemplate::Release, "release", "Software release", "Livraison d'un logiciel"},
    {PlanTemplate::Empty, "empty", "Empty plan", "Planning vide"},
};

const TemplateNames& names_of(PlanTemplate t) {
    for (const auto& n : kNames)
        if (n.id == t) return n;
    return kNames[0];
}

// The headers are spellings headers.cpp recognises; the buffer is "Marge de sécurité" in French
// so that it does not read like the slack ("Marge totale"). The baseline columns are there, empty,
// for Save baseline to fill: inside RETRO_TASKS, as the per-task functions (RETRO_DEVIATION) need,
// which columns it added after the result columns could not be (the range would then hold the
// result formulas that read it).
const std::vector<TableColumn> kColumnsEn = {
    {Field::Id, "ID", CellFormat::Text},
    {Field::Name, "Task", CellFormat::Text},
    {Field::Duration, "Duration", CellFormat::Days},
    {Field::Predecessors, "Predecessors", CellFormat::Text},
    {Field::Buffer, "Buffer", CellFormat::Days},
    {Field::Owner, "Owner", CellFormat::Text},
    {Field::Due, "Due date", CellFormat::Date},
    {Field::Progress, "Progress", CellFormat::Percent},
    {Field::BaselineStart, "Baseline start", CellFormat::Date},
    {Field::BaselineEnd, "Baseline end", CellFormat::Date},
};
const std::vector<TableColumn> kColumnsFr = {
    {Field::Id, "ID", CellFormat::Text},
    {Field::Name, "Tâche", CellFormat::Text},
    {Field::Duration, "Durée", CellFormat::Days},
    {Field::Predecessors, "Prédécesseurs", CellFormat::Text},
    {Field::Buffer, "Marge de sécurité", CellFormat::Days},
    {Field::Owner, "Responsable", CellFormat::Text},
    {Field::Due, "Échéance", CellFormat::Date},
    {Field::Progress, "Avancement", CellFormat::Percent},
    {Field::BaselineStart, "Début de référence", CellFormat::Date},
    {Field::BaselineEnd, "Fin de référence", CellFormat::Date},
};

// Not "Start"/"Début" alone: those are setting labels (the status date).
const std::vector<ResultColumn> kResultsEn = {
    {"Latest start", "RETRO_START", CellFormat::Date},
    {"Latest end", "RETRO_END", CellFormat::Date},
    {"Slack (days)", "RETRO_SLACK", CellFormat::Days},
    {"Critical", "RETRO_CRITICAL", CellFormat::Boolean},
    {"Earliest start", "RETRO_EARLY_START", CellFormat::Date},
};
const std::vector<ResultColumn> kResultsFr = {
    {"Début au plus tard", "RETRO_START", CellFormat::Date},
    {"Fin au plus tard", "RETRO_END", CellFormat::Date},
    {"Marge totale (j)", "RETRO_SLACK", CellFormat::Days},
    {"Critique", "RETRO_CRITICAL", CellFormat::Boolean},
    {"Début au plus tôt", "RETRO_EARLY_START", CellFormat::Date},
};

// Every label is one find_labelled_settings recognises, so the sheet reads the same with or
// without its named ranges.
const TemplateWords kWordsEn{
    .sheet_name = "Tasks",
    .title_suffix = " \u2014 retroplan",
    .deadline = "Deadline",
    .deadline_hint = "The launch date: every task is planned back from it. Put yours.",
    .kickoff = "Latest kick-off",
    .today = "Today",
    .today_hint = "Optional: the status date (e.g. =TODAY()) from which progress and lateness "
                  "count.",
    .holidays = "Holidays",
    .check = "Check",
    .usage_hint = "White columns are yours: durations in working days, predecessors by ID "
                  "(VIS, BRFSS+2, CORFF). Grey columns compute, also for rows you add below; "
                  "holidays go one date per cell right of their label. Then Retroplan \u25B8 "
                  "Rebuild retroplan draws the timeline.",
};
const TemplateWords kWordsFr{
    .sheet_name = "Tâches",
    .title_suffix = " \u2014 rétroplanning",
    .deadline = "Date de lancement",
    .deadline_hint = "Tout est rétroplanifié à partir de cette date : mettez la vôtre.",
    .kickoff = "Démarrage au plus tard",
    .today = "Aujourd'hui",
    .today_hint = "Facultatif : la date d'état (par ex. =AUJOURDHUI()) à partir de laquelle "
                  "comptent l'avancement et les retards.",
    .holidays = "Jours fériés",
    .check = "Vérification",
    .usage_hint = "Colonnes blanches : à vous (durées en jours ouvrés, prédécesseurs par ID : "
                  "VIS, BRFDD+2, CORFF). Colonnes grises : calculées, aussi pour les lignes "
                  "ajoutées en dessous ; jours fériés : une date par cellule à droite du libellé. "
                  "Puis Rétroplanning \u25B8 Reconstruire le rétroplanning dessine le planning.",
};

} // namespace

std::string_view template_key(PlanTemplate t) {
    return names_of(t).key;
}

std::optional<PlanTemplate> template_from_key(std::string_view key) {
    const std::string folded = fold(key);
    for (const auto& n : kNames)
        if (folded == n.key) return n.id;
    return std::nullopt;
}

std::string_view template_title(PlanTemplate t, Lang lang) {
    return lang == Lang::Fr ? names_of(t).fr : names_of(t).en;
}

const std::vector<TableColumn>& template_columns(Lang lang) {
    return lang == Lang::Fr ? kColumnsFr : kColumnsEn;
}

const std::vector<ResultColumn>& result_columns(Lang lang) {
    return lang == Lang::Fr ? kResultsFr : kResultsEn;
}

const TemplateWords& template_words(Lang lang) {
    return lang == Lang::Fr ? kWordsFr : kWordsEn;
}

Table template_table(PlanTemplate t, Lang lang) {
    Table table;
    const auto& columns = template_columns(lang);
    std::vector<Cell> header;
    for (const auto& c : columns)
        header.push_back(Cell::of_text(std::string(c.header)));
    table.rows.push_back(std::move(header));
    for (const TaskData& task : tasks_of(t)) {
        const Words& w = lang == Lang::Fr ? task.fr : task.en;
        std::vector<Cell> row;
        for (const auto& c : columns) {
            const auto text = [](const char* s) { return *s ? Cell::of_text(s) : Cell{}; };
            switch (c.field) {
            case Field::Id:
                row.push_back(text(w.id));
                break;
            case Field::Name:
                row.push_back(text(w.name));
                break;
            case Field::Duration:
                row.push_back(Cell::of_number(task.duration));
                break;
            case Field::Predecessors:
                row.push_back(text(w.predecessors));
                break;
            case Field::Buffer:
                row.push_back(task.buffer > 0 ? Cell::of_number(task.buffer) : Cell{});
                break;
            case Field::Owner:
                row.push_back(text(w.owner));
                break;
            default:
                row.emplace_back(); // due dates, progress and baseline: the user's to fill
                break;
            }
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

Date template_deadline(PlanTemplate t, Date today) {
    const Calendar calendar;
    const WorkIndex first = *calendar.index_on_or_after(today);
    if (t == PlanTemplate::Empty) return *calendar.date_of(first + kEmptyTemplateDays);
    // The plan's length in working days, from any deadline: without holidays it is the same
    // everywhere on the calendar.
    const WorkIndex probe = first + 1000;
    const Outcome run = schedule(read_table(template_table(t, Lang::En)), calendar,
                                 Options{.deadline = *calendar.date_of(probe)});
    const WorkIndex length = run.schedule ? probe - run.schedule->kickoff : 0;
    return *calendar.date_of(first + kTemplateLeadDays + length);
}

} // namespace retroplan
