// Header recognition: the spellings, English and French, under which each column is found.
#include "retroplan/table.hpp"

#include "retroplan/text.hpp"

namespace retroplan {

namespace {

struct Alias {
    const char* folded; // lower case, no accents, single spaces (see fold)
    Field field;
};

constexpr Alias kAliases[] = {
    {"id", Field::Id},
    {"n°", Field::Id},
    {"no", Field::Id},
    {"n", Field::Id},
    {"#", Field::Id},
    {"code", Field::Id},
    {"ref", Field::Id},
    {"task id", Field::Id},
    {"id tache", Field::Id},
    {"identifiant", Field::Id},
    {"name", Field::Name},
    {"task", Field::Name},
    {"task name", Field::Name},
    {"tache", Field::Name},
    {"nom", Field::Name},
    {"etape", Field::Name},
    {"libelle", Field::Name},
    {"intitule", Field::Name},
    {"description", Field::Name},
    {"duration", Field::Duration},
    {"duree", Field::Duration},
    {"jours", Field::Duration},
    {"days", Field::Duration},
    {"duration (days)", Field::Duration},
    {"duree (jours)", Field::Duration},
    {"duree (j)", Field::Duration},
    {"predecessors", Field::Predecessors},
    {"predecessor", Field::Predecessors},
    {"predecesseurs", Field::Predecessors},
    {"predecesseur", Field::Predecessors},
    {"depend de", Field::Predecessors},
    {"depends on", Field::Predecessors},
    {"dependances", Field::Predecessors},
    {"dependencies", Field::Predecessors},
    {"buffer", Field::Buffer},
    {"margin", Field::Buffer},
    {"marge", Field::Buffer},
    {"safety margin", Field::Buffer},
    {"marge de securite", Field::Buffer},
    {"owner", Field::Owner},
    {"owners", Field::Owner},
    {"responsible", Field::Owner},
    {"responsable", Field::Owner},
    {"responsables", Field::Owner},
    {"who", Field::Owner},
    {"qui", Field::Owner},
    {"assignee", Field::Owner},
    {"due", Field::Due},
    {"due date", Field::Due},
    {"echeance", Field::Due},
    {"date limite", Field::Due},
    {"deadline", Field::Due},
    {"actual start", Field::ActualStart},
    {"actual start date", Field::ActualStart},
    {"debut reel", Field::ActualStart},
    {"date de debut reel", Field::ActualStart},
    {"actual end", Field::ActualEnd},
    {"actual finish", Field::ActualEnd},
    {"actual end date", Field::ActualEnd},
    {"actual finish date", Field::ActualEnd},
    {"fin reelle", Field::ActualEnd},
    {"date de fin reelle", Field::ActualEnd},
    {"progress", Field::Progress},
    {"% complete", Field::Progress},
    {"% done", Field::Progress},
    {"percent complete", Field::Progress},
    {"avancement", Field::Progress},
    {"% acheve", Field::Progress},
    {"% avancement", Field::Progress},
    {"baseline start", Field::BaselineStart},
    {"debut de reference", Field::BaselineStart},
    {"baseline end", Field::BaselineEnd},
    {"baseline finish", Field::BaselineEnd},
    {"fin de reference", Field::BaselineEnd},
    {"accountable", Field::Accountable},
    {"approbateur", Field::Accountable},
    {"valideur", Field::Accountable},
    {"consulted", Field::Consulted},
    {"consulte", Field::Consulted},
    {"consultes", Field::Consulted},
    {"informed", Field::Informed},
    {"informe", Field::Informed},
    {"informes", Field::Informed},
    {"load", Field::Allocation},
    {"allocation", Field::Allocation},
    {"%", Field::Allocation},
    {"charge", Field::Allocation},
    {"% charge", Field::Allocation},
    {"optimistic", Field::Optimistic},
    {"optimiste", Field::Optimistic},
    {"most likely", Field::MostLikely},
    {"likely", Field::MostLikely},
    {"probable", Field::MostLikely},
    {"pessimistic", Field::Pessimistic},
    {"pessimiste", Field::Pessimistic},
};

struct Names {
    const char* en;
    const char* fr;
};

// Indexed by Field.
constexpr Names kNames[kFieldCount] = {
    {"ID", "ID"},
    {"Name", "Tâche"},
    {"Duration", "Durée"},
    {"Predecessors", "Prédécesseurs"},
    {"Buffer", "Marge"},
    {"Owner", "Responsable"},
    {"Due", "Échéance"},
    {"Actual start", "Début réel"},
    {"Actual end", "Fin réelle"},
    {"Progress", "Avancement"},
    {"Baseline start", "Début de référence"},
    {"Baseline end", "Fin de référence"},
    {"Accountable", "Approbateur"},
    {"Consulted", "Consulté"},
    {"Informed", "Informé"},
    {"Load", "Charge"},
    {"Optimistic", "Optimiste"},
    {"Most likely", "Probable"},
    {"Pessimistic", "Pessimiste"},
};

} // namespace

std::string_view field_name(Field f, Lang lang) {
    const Names& n = kNames[std::size_t(f)];
    return lang == Lang::Fr ? n.fr : n.en;
}

std::optional<Field> recognise_header(std::string_view header) {
    const std::string f = fold(header);
    for (const auto& a : kAliases)
        if (f == a.folded) return a.field;
    return std::nullopt;
}

ColumnMap recognise_columns(const std::vector<Cell>& header) {
    ColumnMap map;
    for (std::size_t c = 0; c < header.size(); ++c) {
        if (header[c].blank()) continue;
        const auto field =
            header[c].kind == Cell::Kind::Text ? recognise_header(header[c].text) : std::nullopt;
        if (field && map.index[std::size_t(*field)] < 0)
            map.index[std::size_t(*field)] = int(c);
        else
            map.extra.push_back(int(c));
    }
    return map;
}

} // namespace retroplan
