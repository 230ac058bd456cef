// Header recognition: the spellings, English and French, under which each column is found.
#include "retroplan/table.hpp"

#include "retroplan/text.hpp"

namespace retroplan {

namespace {

// Which language a spelling belongs to, to tell the table's language (PlanInput::lang).
enum class Tongue : unsigned char { Any, En, Fr };

struct Alias {
    const char* folded; // lower case, no accents, single spaces (see fold)
    Field field;
    Tongue tongue;
};

constexpr Alias kAliases[] = {
    {"id", Field::Id, Tongue::Any},
    {"n°", Field::Id, Tongue::Fr},
    {"no", Field::Id, Tongue::Any},
    {"n", Field::Id, Tongue::Any},
    {"#", Field::Id, Tongue::Any},
    {"code", Field::Id, Tongue::Any},
    {"ref", Field::Id, Tongue::Any},
    {"task id", Field::Id, Tongue::En},
    {"id tache", Field::Id, Tongue::Fr},
    {"identifiant", Field::Id, Tongue::Fr},
    {"name", Field::Name, Tongue::En},
    {"task", Field::Name, Tongue::En},
    {"task name", Field::Name, Tongue::En},
    {"tache", Field::Name, Tongue::Fr},
    {"nom", Field::Name, Tongue::Fr},
    {"etape", Field::Name, Tongue::Fr},
    {"libelle", Field::Name, Tongue::Fr},
    {"intitule", Field::Name, Tongue::Fr},
    {"description", Field::Name, Tongue::Any},
    {"duration", Field::Duration, Tongue::En},
    {"duree", Field::Duration, Tongue::Fr},
    {"jours", Field::Duration, Tongue::Fr},
    {"days", Field::Duration, Tongue::En},
    {"duration (days)", Field::Duration, Tongue::En},
    {"duree (jours)", Field::Duration, Tongue::Fr},
    {"duree (j)", Field::Duration, Tongue::Fr},
    {"predecessors", Field::Predecessors, Tongue::En},
    {"predecessor", Field::Predecessors, Tongue::En},
    {"predecesseurs", Field::Predecessors, Tongue::Fr},
    {"predecesseur", Field::Predecessors, Tongue::Fr},
    {"depend de", Field::Predecessors, Tongue::Fr},
    {"depends on", Field::Predecessors, Tongue::En},
    {"dependances", Field::Predecessors, Tongue::Fr},
    {"dependencies", Field::Predecessors, Tongue::En},
    {"buffer", Field::Buffer, Tongue::En},
    {"margin", Field::Buffer, Tongue::En},
    {"marge", Field::Buffer, Tongue::Fr},
    {"safety margin", Field::Buffer, Tongue::En},
    {"marge de securite", Field::Buffer, Tongue::Fr},
    {"owner", Field::Owner, Tongue::En},
    {"owners", Field::Owner, Tongue::En},
    {"responsible", Field::Owner, Tongue::En},
    {"responsable", Field::Owner, Tongue::Fr},
    {"responsables", Field::Owner, Tongue::Fr},
    {"who", Field::Owner, Tongue::En},
    {"qui", Field::Owner, Tongue::Fr},
    {"assignee", Field::Owner, Tongue::En},
    {"due", Field::Due, Tongue::En},
    {"due date", Field::Due, Tongue::En},
    {"echeance", Field::Due, Tongue::Fr},
    {"date limite", Field::Due, Tongue::Fr},
    {"deadline", Field::Due, Tongue::En},
    {"actual start", Field::ActualStart, Tongue::En},
    {"actual start date", Field::ActualStart, Tongue::En},
    {"debut reel", Field::ActualStart, Tongue::Fr},
    {"date de debut reel", Field::ActualStart, Tongue::Fr},
    {"actual end", Field::ActualEnd, Tongue::En},
    {"actual finish", Field::ActualEnd, Tongue::En},
    {"actual end date", Field::ActualEnd, Tongue::En},
    {"actual finish date", Field::ActualEnd, Tongue::En},
    {"fin reelle", Field::ActualEnd, Tongue::Fr},
    {"date de fin reelle", Field::ActualEnd, Tongue::Fr},
    {"progress", Field::Progress, Tongue::En},
    {"% complete", Field::Progress, Tongue::En},
    {"% done", Field::Progress, Tongue::En},
    {"percent complete", Field::Progress, Tongue::En},
    {"avancement", Field::Progress, Tongue::Fr},
    {"% acheve", Field::Progress, Tongue::Fr},
    {"% avancement", Field::Progress, Tongue::Fr},
    {"baseline start", Field::BaselineStart, Tongue::En},
    {"debut de reference", Field::BaselineStart, Tongue::Fr},
    {"baseline end", Field::BaselineEnd, Tongue::En},
    {"baseline finish", Field::BaselineEnd, Tongue::En},
    {"fin de reference", Field::BaselineEnd, Tongue::Fr},
    {"accountable", Field::Accountable, Tongue::En},
    {"approbateur", Field::Accountable, Tongue::Fr},
    {"valideur", Field::Accountable, Tongue::Fr},
    {"consulted", Field::Consulted, Tongue::En},
    {"consulte", Field::Consulted, Tongue::Fr},
    {"consultes", Field::Consulted, Tongue::Fr},
    {"informed", Field::Informed, Tongue::En},
    {"informe", Field::Informed, Tongue::Fr},
    {"informes", Field::Informed, Tongue::Fr},
    {"load", Field::Allocation, Tongue::En},
    {"allocation", Field::Allocation, Tongue::Any},
    {"%", Field::Allocation, Tongue::Any},
    {"charge", Field::Allocation, Tongue::Fr},
    {"% charge", Field::Allocation, Tongue::Fr},
    {"optimistic", Field::Optimistic, Tongue::En},
    {"optimiste", Field::Optimistic, Tongue::Fr},
    {"most likely", Field::MostLikely, Tongue::En},
    {"likely", Field::MostLikely, Tongue::En},
    {"probable", Field::MostLikely, Tongue::Any},
    {"pessimistic", Field::Pessimistic, Tongue::En},
    {"pessimiste", Field::Pessimistic, Tongue::Fr},
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

const Alias* find_alias(std::string_view header) {
    const std::string f = fold(header);
    for (const auto& a : kAliases)
        if (f == a.folded) return &a;
    return nullptr;
}

} // namespace

std::string_view field_name(Field f, Lang lang) {
    const Names& n = kNames[std::size_t(f)];
    return lang == Lang::Fr ? n.fr : n.en;
}

std::optional<Field> recognise_header(std::string_view header) {
    const Alias* a = find_alias(header);
    return a ? std::optional(a->field) : std::nullopt;
}

ColumnMap recognise_columns(const std::vector<Cell>& header) {
    ColumnMap map;
    int english = 0, french = 0;
    for (std::size_t c = 0; c < header.size(); ++c) {
        if (header[c].blank()) continue;
        const Alias* a = header[c].kind == Cell::Kind::Text ? find_alias(header[c].text) : nullptr;
        if (a && map.index[std::size_t(a->field)] < 0) {
            map.index[std::size_t(a->field)] = int(c);
            english += a->tongue == Tongue::En;
            french += a->tongue == Tongue::Fr;
        } else {
            map.extra.push_back(int(c));
        }
    }
    map.lang = french > english ? Lang::Fr : Lang::En;
    return map;
}

} // namespace retroplan
