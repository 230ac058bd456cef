// Which sheet of a workbook holds the task table, for every command that reads a document's plan
// (Rebuild, Export calendar): never a sheet Retroplan wrote. In order:
// 1. the sheet the current Retroplan sheet was built from (it remembers it);
// 2. a sheet named Tasks or Tâches (case and accents ignored);
// 3. the active sheet, when it has a recognisable header row;
// 4. the first sheet with a recognisable header row;
// 5. the active sheet (its table's problems are then what the person is told);
// and never a sheet carrying Retroplan's marker. None: no sheet qualifies.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace retroplan {

struct SheetFacts {
    std::string name;
    bool retroplan = false; // carries Retroplan's marker: written by Retroplan
};

// `has_header(i)` reads sheet i: it is asked only when the choice depends on it.
std::optional<std::size_t> choose_task_sheet(const std::vector<SheetFacts>& sheets,
                                             std::optional<std::size_t> built_from,
                                             std::optional<std::size_t> active,
                                             const std::function<bool(std::size_t)>& has_header);

} // namespace retroplan
