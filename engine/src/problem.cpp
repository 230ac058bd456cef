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
    case ProblemId::PredecessorOutsideTable:
        return "predecessor_outside_table";
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
    case ProblemId::ErrorValue:
        return "error_value";
    case ProblemId::NoTable:
        return "no_table";
    case ProblemId::NoDeadline:
        return "no_deadline";
    case ProblemId::BadAllocation:
        return "bad_allocation";
    case ProblemId::BadCapacity:
        return "bad_capacity";
    case ProblemId::DuplicateCapacity:
        return "duplicate_capacity";
    case ProblemId::BadProgress:
        return "bad_progress";
    case ProblemId::BadActualDate:
        return "bad_actual_date";
    case ProblemId::ActualAfterStatusDate:
        return "actual_after_status_date";
    case ProblemId::ActualEndBeforeStart:
        return "actual_end_before_start";
    case ProblemId::BadBaselineDate:
        return "bad_baseline_date";
    case ProblemId::BadAlertDays:
        return "bad_alert_days";
    case ProblemId::TableTooLarge:
        return "table_too_large";
    case ProblemId::BadEstimate:
        return "bad_estimate";
    case ProblemId::IncompleteEstimate:
        return "incomplete_estimate";
    case ProblemId::EstimateOrder:
        return "estimate_order";
    case ProblemId::BadRuns:
        return "bad_runs";
    case ProblemId::BadSeed:
        return "bad_seed";
    case ProblemId::BadConfidence:
        return "bad_confidence";
    case ProblemId::BadLevel:
        return "bad_level";
    }
    return "unknown";
}

std::span<const ProblemId> all_problem_ids() {
    static constexpr ProblemId ids[] = {
        ProblemId::EmptyPlan,
        ProblemId::MissingColumn,
        ProblemId::BadCsv,
        ProblemId::BadEncoding,
        ProblemId::MissingId,
        ProblemId::DuplicateId,
        ProblemId::BadDuration,
        ProblemId::BadBuffer,
        ProblemId::BadDueDate,
        ProblemId::BadPredecessor,
        ProblemId::UnknownPredecessor,
        ProblemId::PredecessorOutsideTable,
        ProblemId::SelfLink,
        ProblemId::DuplicateLink,
        ProblemId::Cycle,
        ProblemId::BadWeekend,
        ProblemId::BadHoliday,
        ProblemId::BadDeadline,
        ProblemId::BadStart,
        ProblemId::DateOutOfRange,
        ProblemId::ErrorValue,
        ProblemId::NoTable,
        ProblemId::NoDeadline,
        ProblemId::BadAllocation,
        ProblemId::BadCapacity,
        ProblemId::DuplicateCapacity,
        ProblemId::BadProgress,
        ProblemId::BadActualDate,
        ProblemId::ActualAfterStatusDate,
        ProblemId::ActualEndBeforeStart,
        ProblemId::BadBaselineDate,
        ProblemId::BadAlertDays,
        ProblemId::TableTooLarge,
        ProblemId::BadEstimate,
        ProblemId::IncompleteEstimate,
        ProblemId::EstimateOrder,
        ProblemId::BadRuns,
        ProblemId::BadSeed,
        ProblemId::BadConfidence,
        ProblemId::BadLevel,
    };
    return ids;
}

std::string describe(const Problem& p, Lang lang) {
    const bool fr = lang == Lang::Fr;
    // Every text from the input goes through excerpt() or printable(): a message stays one
    // line and carries no terminal control sequence.
    const std::string v =
        fr ? "« " + excerpt(p.value) + " »" : "\u201C" + excerpt(p.value) + "\u201D";
    const std::string column = printable(p.column);
    const std::string detail = printable(p.detail);
    switch (p.id) {
    case ProblemId::EmptyPlan:
        return fr ? "le tableau ne contient aucune tâche" : "the table has no task";
    case ProblemId::MissingColumn:
        return fr ? "aucune colonne « " + column + " » trouvée dans l'en-tête (" + detail + ")"
                  : "no \u201C" + column + "\u201D column found in the header (" + detail + ")";
    case ProblemId::BadCsv:
        return fr ? "guillemet non refermé : la fin du fichier est atteinte dans une valeur"
                  : "unclosed quote: the file ends inside a value";
    case ProblemId::BadEncoding:
        // detail names the encoding a whole file seemed to be in; none for one cell.
        if (!detail.empty())
            return fr ? "le fichier semble être en " + detail + " mais n'est pas du texte " +
                            detail + " valide : enregistrez-le en UTF-8"
                      : "the file looks like " + detail + " but is not valid " + detail +
                            " text: save as UTF-8";
        return fr ? "le texte n'est pas de l'UTF-8 valide : enregistrez le fichier en UTF-8 "
                    "(« CSV UTF-8 » dans Excel, jeu de caractères « Unicode (UTF-8) » dans Calc)"
                  : "the text is not valid UTF-8: save as UTF-8 (\u201CCSV UTF-8\u201D in "
                    "Excel, character set \u201CUnicode (UTF-8)\u201D in Calc)";
    case ProblemId::MissingId:
        return fr ? "la tâche n'a pas d'identifiant" : "the task has no ID";
    case ProblemId::DuplicateId:
        return fr ? "l'identifiant " + v + " est déjà utilisé ligne " + detail
                  : "ID " + v + " is already used on row " + detail;
    case ProblemId::BadDuration:
        if (p.value.empty()) return fr ? "la durée est vide" : "the duration is empty";
        // detail: the working days from the calendar's first to the task's due date or the
        // deadline.
        if (!detail.empty())
            return fr ? "la durée " + v +
                            " ne tient pas dans le calendrier : la tâche commencerait avant 1900 "
                            "(jours ouvrés du 1900-01-01 à son échéance ou à la date de lancement "
                            ": " +
                            detail + ")"
                      : "duration " + v +
                            " does not fit in the calendar: the task would start before 1900 "
                            "(working days from 1900-01-01 to its due date or the deadline: " +
                            detail + ")";
        return fr ? "la durée " + v +
                        " n'est pas un nombre entier de jours ouvrés ≥ 0 (écrire 5, 5j ou 2sem)"
                  : "duration " + v +
                        " is not a whole number of working days ≥ 0 (write 5, 5d or 2w)";
    case ProblemId::BadBuffer:
        if (!detail.empty()) // detail: as for a duration that does not fit
            return fr ? "la marge " + v +
                            " ne tient pas dans le calendrier : avec elle la tâche commencerait "
                            "avant 1900 (jours ouvrés du 1900-01-01 à son échéance ou à la date de "
                            "lancement : " +
                            detail + ")"
                      : "buffer " + v +
                            " does not fit in the calendar: with it the task would start before "
                            "1900 (working days from 1900-01-01 to its due date or the deadline: " +
                            detail + ")";
        return fr ? "la marge " + v + " n'est pas un nombre entier de jours ouvrés ≥ 0"
                  : "buffer " + v + " is not a whole number of working days ≥ 0";
    case ProblemId::BadDueDate:
        if (!detail.empty()) // detail: the working days from 1900-01-01 to the due date
            return fr ? "l'échéance " + v +
                            " laisse trop peu de place : la tâche (et sa marge) commencerait avant "
                            "1900 (jours ouvrés du 1900-01-01 à cette échéance : " +
                            detail + ")"
                      : "due date " + v +
                            " leaves too little room: the task (and its buffer) would start before "
                            "1900 (working days from 1900-01-01 to it: " +
                            detail + ")";
        return fr ? "l'échéance " + v + " n'est pas une date valide entre 1900 et 2200 (AAAA-MM-JJ)"
                  : "due date " + v + " is not a valid date between 1900 and 2200 (YYYY-MM-DD)";
    case ProblemId::BadPredecessor:
        return fr ? "le prédécesseur " + v + " est illisible (écrire T1, T2DD+2 ou T3FF-1j)"
                  : "predecessor " + v + " cannot be read (write T1, T2SS+2 or T3FF-1d)";
    case ProblemId::UnknownPredecessor:
        return fr ? "le prédécesseur " + v + " n'est l'identifiant d'aucune tâche"
                  : "predecessor " + v + " is not the ID of any task";
    case ProblemId::PredecessorOutsideTable: {
        // detail: "row|table|whole columns", e.g. "9|A1:E8|$A:$E".
        const auto bar = p.detail.find('|'), bar2 = p.detail.find('|', bar + 1);
        const std::string row = printable(p.detail.substr(0, bar));
        const std::string table = printable(p.detail.substr(bar + 1, bar2 - bar - 1));
        const std::string columns = printable(p.detail.substr(bar2 + 1));
        return fr ? "le prédécesseur " + v + " est ligne " + row + ", hors du tableau " + table +
                        " : utilisez des colonnes entières " + columns +
                        " ou la plage nommée RETRO_TASKS"
                  : "predecessor " + v + " is in row " + row + ", outside the table " + table +
                        "; use whole columns " + columns + " or the named range RETRO_TASKS";
    }
    case ProblemId::SelfLink:
        return fr ? "la tâche " + v + " ne peut pas dépendre d'elle-même"
                  : "task " + v + " cannot depend on itself";
    case ProblemId::DuplicateLink:
        return fr ? "le lien " + v + " répète le lien « " + detail + " »"
                  : "link " + v + " repeats link \u201C" + detail + "\u201D";
    case ProblemId::Cycle:
        return fr ? "les liens forment une boucle : " + detail
                  : "the links form a cycle: " + detail;
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
    case ProblemId::ErrorValue: {
        // detail names the setting that held it; none for a cell of the table.
        static const char* const settings[][3] = {
            {"deadline", "the deadline", "la date de lancement"},
            {"holidays", "a holiday", "un jour férié"},
            {"weekend", "the weekend", "le week-end"},
            {"start", "the start date", "la date de début"},
            {"alert_days", "the alert window", "la fenêtre d'alerte"},
            {"runs", "the number of runs", "le nombre de simulations"},
            {"seed", "the seed", "la graine"},
            {"confidence", "the confidence", "le niveau de confiance"},
            {"level", "the levelling setting", "le réglage de lissage"}};
        std::string what = fr ? "la cellule" : "the cell";
        for (const auto& s : settings)
            if (p.detail == s[0]) what = fr ? s[2] : s[1];
        return fr ? what + " contient l'erreur " + excerpt(p.value) +
                        " : corrigez la formule ou la valeur (Retroplan ne la lit pas comme vide)"
                  : what + " holds the error " + excerpt(p.value) +
                        ": fix the formula or the value (Retroplan does not read it as empty)";
    }
    case ProblemId::NoTable:
        return fr ? "aucun tableau de tâches trouvé : Retroplan cherche une ligne d'en-tête avec "
                    "une colonne ID ou nom et une colonne durée (par ex. ID, Tâche, Durée, "
                    "Prédécesseurs)"
                  : "no task table found: Retroplan looks for a header row with an ID or name "
                    "column and a duration column (e.g. ID, Name, Duration, Predecessors)";
    case ProblemId::NoDeadline:
        return fr ? "pas de date de lancement : définissez la plage nommée RETRO_DEADLINE sur la "
                    "cellule de la date, ou écrivez « Date de lancement » (ou « Lancement », "
                    "« Jalon final ») avec la date dans la cellule à sa droite ou juste en "
                    "dessous, au-dessus ou à côté du tableau"
                  : "no deadline: define the named range RETRO_DEADLINE on the cell holding the "
                    "date, or write \u201CDeadline\u201D (or \u201CLaunch\u201D, "
                    "\u201CGo-live\u201D) with the date in the cell to its right or just below "
                    "it, above or beside the table";
    case ProblemId::BadAllocation:
        return fr ? "la charge " + v +
                        " n'est pas une part de journée supérieure à 0 % et d'au plus 100 % "
                        "(écrire 50% ou 0,5)"
                  : "load " + v +
                        " is not a share of a working day above 0 % and at most 100 % (write 50% "
                        "or 0.5)";
    case ProblemId::BadCapacity: {
        if (p.detail.empty())
            return fr ? "la capacité " + v + " ne nomme personne"
                      : "capacity " + v + " names no person";
        const std::string who =
            fr ? "« " + excerpt(p.detail) + " »" : "\u201C" + excerpt(p.detail) + "\u201D";
        return fr ? "la capacité " + v + " de " + who +
                        " n'est pas un pourcentage supérieur à 0 % et d'au plus 1 000 % (écrire "
                        "50% ou 0,5 ; 100 % = une personne à plein temps)"
                  : "capacity " + v + " of " + who +
                        " is not a percentage above 0 % and at most 1,000 % (write 50% or 0.5; "
                        "100 % is one full-time person)";
    }
    case ProblemId::DuplicateCapacity:
        return fr ? v + " a déjà une capacité ligne " + p.detail
                  : v + " already has a capacity on row " + p.detail;
    case ProblemId::BadProgress:
        if (!detail.empty()) // detail: a number as the percentage it is, "150 %"
            return fr ? "l'avancement " + v + " (soit " + detail +
                            ") n'est pas un pourcentage entre 0 et 100 % (écrire 40%, 40 % ou 0,4)"
                      : "progress " + v + " (that is " + detail +
                            ") is not a percentage from 0 to 100 % (write 40%, 40 % or 0.4)";
        return fr ? "l'avancement " + v +
                        " n'est pas un pourcentage entre 0 et 100 % (écrire 40%, 40 % ou 0,4)"
                  : "progress " + v +
                        " is not a percentage from 0 to 100 % (write 40%, 40 % or 0.4)";
    case ProblemId::BadActualDate:
        return fr ? "la date réelle " + v +
                        " n'est pas une date valide entre 1900 et 2200 (AAAA-MM-JJ)"
                  : "actual date " + v + " is not a valid date between 1900 and 2200 (YYYY-MM-DD)";
    case ProblemId::ActualAfterStatusDate:
        return fr ? "la date réelle " + v + " est après la date du point d'avancement (" +
                        p.detail + ", le réglage Début) : une date réelle note ce qui a eu lieu"
                  : "actual date " + v + " is after the status date (" + p.detail +
                        ", the Start setting): an actual date records what has happened";
    case ProblemId::ActualEndBeforeStart:
        return fr ? "la fin réelle " + v + " est avant le début réel « " + p.detail + " »"
                  : "actual end " + v + " is before the actual start \u201C" + p.detail + "\u201D";
    case ProblemId::BadBaselineDate:
        return fr ? "la date de référence " + v +
                        " n'est pas une date valide entre 1900 et 2200 (AAAA-MM-JJ)"
                  : "baseline date " + v +
                        " is not a valid date between 1900 and 2200 (YYYY-MM-DD)";
    case ProblemId::BadAlertDays:
        return fr ? "la fenêtre d'alerte " + v +
                        " n'est pas un nombre entier de jours ouvrés ≥ 0 (2 par défaut)"
                  : "alert window " + v + " is not a whole number of working days ≥ 0 (default 2)";
    case ProblemId::TableTooLarge: {
        // value: the cells to read; detail: the limit, then "|A1048576", the table's last filled
        // cell when a spreadsheet shell found it; column: the named range, if not a table.
        const std::string what =
            p.column.empty() ? (fr ? "le tableau" : "the table") : (fr ? "la plage" : "the range");
        const auto bar = p.detail.find('|');
        const std::string limit = printable(p.detail.substr(0, bar));
        if (bar != std::string::npos) {
            const std::string far = printable(p.detail.substr(bar + 1));
            return fr ? what + " compte " + p.value + " cellules à lire, plus que les " + limit +
                            " que Retroplan lit : sa dernière cellule remplie est " + far +
                            ", loin sous les tâches. Supprimez-la (la reconstruction lit le "
                            "tableau jusqu'à elle), ou donnez aux fonctions une plage plus petite"
                      : what + " has " + p.value + " cells to read, more than the " + limit +
                            " Retroplan reads: its last filled cell is " + far +
                            ", far below the tasks. Delete it (the rebuild reads the table down "
                            "to it), or give the functions a smaller range";
        }
        return fr ? what + " compte " + p.value + " cellules à lire, plus que les " + p.detail +
                        " que Retroplan lit : supprimez ce qui se trouve loin en dessous dans ses "
                        "colonnes, donnez une plage plus petite ou découpez le planning"
                  : what + " has " + p.value + " cells to read, more than the " + p.detail +
                        " Retroplan reads: delete what lies far below in its columns, give a "
                        "smaller range or split the plan";
    }
    case ProblemId::BadEstimate:
        return fr ? "l'estimation " + v +
                        " n'est pas un nombre entier de jours ouvrés ≥ 0 (écrire 5, 5j ou 2sem)"
                  : "estimate " + v +
                        " is not a whole number of working days ≥ 0 (write 5, 5d or 2w)";
    case ProblemId::IncompleteEstimate: {
        // detail lists the missing values: "most_likely,pessimistic".
        static const char* const names[][3] = {{"optimistic", "optimistic", "optimiste"},
                                               {"most_likely", "most likely", "probable"},
                                               {"pessimistic", "pessimistic", "pessimiste"}};
        std::string missing;
        for (const auto& n : names)
            if (p.detail.find(n[0]) != std::string::npos)
                missing += (missing.empty() ? "" : ", ") + std::string(fr ? n[2] : n[1]);
        return fr ? "l'estimation en trois points est incomplète : indiquez les durées optimiste, "
                    "probable et pessimiste ensemble, ou aucune (manque : " +
                        missing + ")"
                  : "the three-point estimate is incomplete: give the optimistic, most likely "
                    "and pessimistic durations together, or none (missing: " +
                        missing + ")";
    }
    case ProblemId::EstimateOrder:
        return fr ? "l'estimation " + v +
                        " ne respecte pas optimiste ≤ probable ≤ pessimiste (ici " + p.detail + ")"
                  : "estimate " + v + " breaks optimistic ≤ most likely ≤ pessimistic (here " +
                        p.detail + ")";
    case ProblemId::BadRuns:
        return fr ? "le nombre de simulations " + v + " n'est pas un nombre entier de 1 à 1 000 000"
                  : "number of runs " + v + " is not a whole number from 1 to 1,000,000";
    case ProblemId::BadSeed:
        return fr ? "la graine " + v + " n'est pas un nombre entier de 0 à 9007199254740991"
                  : "seed " + v + " is not a whole number from 0 to 9007199254740991";
    case ProblemId::BadConfidence:
        return fr ? "le niveau de confiance " + v +
                        " n'est pas une part au-dessus de 0 et au plus 1 (écrire 0,8 ou 80 %)"
                  : "confidence " + v + " is not a share above 0 and at most 1 (write 0.8 or 80%)";
    case ProblemId::BadLevel:
        return fr ? "le réglage de lissage " + v +
                        " n'est ni oui ni non (écrire oui, non, VRAI ou FAUX ; vide : pas de "
                        "lissage)"
                  : "levelling setting " + v +
                        " is not yes or no (write yes, no, TRUE or FALSE; empty: no levelling)";
    }
    return {};
}

std::string format_problem(const Problem& p, Lang lang, WithCode with_code) {
    const bool fr = lang == Lang::Fr;
    std::string out;
    if (p.row > 0) out += (fr ? "ligne " : "row ") + std::to_string(p.row);
    if (!p.column.empty()) {
        if (!out.empty()) out += ", ";
        const std::string column = printable(p.column);
        out += (fr ? "colonne « " + column + " »" : "column \u201C" + column + "\u201D");
    }
    if (!out.empty()) out += fr ? " : " : ": ";
    out += describe(p, lang);
    if (with_code == WithCode::No) return out;
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
