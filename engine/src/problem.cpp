#include "retroplan/problem.hpp"

#include "retroplan/text.hpp"

#include <algorithm>

namespace retroplan {

std::string_view code(ProblemId id) {
    switch (id) {
    case ProblemId::EmptyPlan:
        return "empty_plan";
    case ProblemId::MissingColumn:
        return "missing_column";
    case ProblemId::BadCsv:
        return "bad_csv";
    case ProblemId::BadEncoding:
        return "bad_encoding";
    case ProblemId::MissingId:
        return "missing_id";
    case ProblemId::DuplicateId:
        return "duplicate_id";
    case ProblemId::BadDuration:
        return "bad_duration";
    case ProblemId::BadBuffer:
        return "bad_buffer";
    case ProblemId::BadDueDate:
        return "bad_due_date";
    case ProblemId::BadPredecessor:
        return "bad_predecessor";
    case ProblemId::UnknownPredecessor:
        return "unknown_predecessor";
    case ProblemId::SelfLink:
        return "self_link";
    case ProblemId::DuplicateLink:
        return "duplicate_link";
    case ProblemId::Cycle:
        return "cycle";
    case ProblemId::BadWeekend:
        return "bad_weekend";
    case ProblemId::BadHoliday:
        return "bad_holiday";
    case ProblemId::BadDeadline:
        return "bad_deadline";
    case ProblemId::BadStart:
        return "bad_start";
    case ProblemId::DateOutOfRange:
        return "date_out_of_range";
    }
    return "unknown";
}

std::string describe(const Problem& p, Lang lang) {
    const bool fr = lang == Lang::Fr;
    const std::string v =
        fr ? "« " + excerpt(p.value) + " »" : "\u201C" + excerpt(p.value) + "\u201D";
    switch (p.id) {
    case ProblemId::EmptyPlan:
        return fr ? "le tableau ne contient aucune tâche" : "the table has no task";
    case ProblemId::MissingColumn:
        return fr ? "aucune colonne « " + p.column + " » trouvée dans l'en-tête (" + p.detail + ")"
                  : "no \u201C" + p.column + "\u201D column found in the header (" + p.detail + ")";
    case ProblemId::BadCsv:
        return fr ? "guillemet non refermé : la fin du fichier est atteinte dans une valeur"
                  : "unclosed quote: the file ends inside a value";
    case ProblemId::BadEncoding:
        return fr ? "le texte n'est pas de l'UTF-8 valide" : "the text is not valid UTF-8";
    case ProblemId::MissingId:
        return fr ? "la tâche n'a pas d'identifiant" : "the task has no ID";
    case ProblemId::DuplicateId:
        return fr ? "l'identifiant " + v + " est déjà utilisé ligne " + p.detail
                  : "ID " + v + " is already used on row " + p.detail;
    case ProblemId::BadDuration:
        if (p.value.empty()) return fr ? "la durée est vide" : "the duration is empty";
        return fr ? "la durée " + v +
                        " n'est pas un nombre entier de jours ouvrés ≥ 0 (écrire 5, 5j ou 2sem)"
                  : "duration " + v +
                        " is not a whole number of working days ≥ 0 (write 5, 5d or 2w)";
    case ProblemId::BadBuffer:
        return fr ? "la marge " + v + " n'est pas un nombre entier de jours ouvrés ≥ 0"
                  : "buffer " + v + " is not a whole number of working days ≥ 0";
    case ProblemId::BadDueDate:
        return fr ? "l'échéance " + v + " n'est pas une date valide entre 1900 et 2200 (AAAA-MM-JJ)"
                  : "due date " + v + " is not a valid date between 1900 and 2200 (YYYY-MM-DD)";
    case ProblemId::BadPredecessor:
        return fr ? "le prédécesseur " + v + " est illisible (écrire T1, T2DD+2 ou T3FF-1j)"
                  : "predecessor " + v + " cannot be read (write T1, T2SS+2 or T3FF-1d)";
    case ProblemId::UnknownPredecessor:
        return fr ? "le prédécesseur " + v + " n'est l'identifiant d'aucune tâche"
                  : "predecessor " + v + " is not the ID of any task";
    case ProblemId::SelfLink:
        return fr ? "la tâche " + v + " ne peut pas dépendre d'elle-même"
                  : "task " + v + " cannot depend on itself";
    case ProblemId::DuplicateLink:
        return fr ? "le lien " + v + " répète le lien « " + p.detail + " »"
                  : "link " + v + " repeats link \u201C" + p.detail + "\u201D";
    case ProblemId::Cycle:
        return fr ? "les liens forment une boucle : " + p.detail
                  : "the links form a cycle: " + p.detail;
    case ProblemId::BadWeekend:
        return fr ? "le week-end " + v +
                        " n'est pas un code de NB.JOURS.OUVRES.INTL (7 chiffres 0/1 du lundi au "
                        "dimanche, ou 1 à 7, 11 à 17) ou ne laisse aucun jour ouvré"
                  : "weekend " + v +
                        " is not a WORKDAY.INTL code (seven 0/1 digits from Monday, or 1-7, 11-17) "
                        "or leaves no working day";
    case ProblemId::BadHoliday:
        return fr ? "le jour férié " + v + " n'est pas une date valide"
                  : "holiday " + v + " is not a valid date";
    case ProblemId::BadDeadline:
        return fr ? "la date de lancement " + v + " n'est pas une date valide entre 1900 et 2200"
                  : "deadline " + v + " is not a valid date between 1900 and 2200";
    case ProblemId::BadStart:
        return fr ? "la date de début " + v + " n'est pas une date valide entre 1900 et 2200"
                  : "start date " + v + " is not a valid date between 1900 and 2200";
    case ProblemId::DateOutOfRange:
        return fr ? "le planning de la tâche " + v + " sort de la période 1900-2200"
                  : "the schedule of task " + v + " falls outside 1900-2200";
    }
    return {};
}

std::string format_problem(const Problem& p, Lang lang) {
    const bool fr = lang == Lang::Fr;
    std::string out;
    if (p.row > 0) out += (fr ? "ligne " : "row ") + std::to_string(p.row);
    if (!p.column.empty()) {
        if (!out.empty()) out += ", ";
        out += (fr ? "colonne « " + p.column + " »" : "column \u201C" + p.column + "\u201D");
    }
    if (!out.empty()) out += fr ? " : " : ": ";
    out += describe(p, lang);
    out += " [";
    out += code(p.id);
    out += "]";
    return out;
}

void sort_by_row(std::vector<Problem>& problems) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.row < b.row; });
}

} // namespace retroplan
