// Typed diagnostics: a stable ID, where (row, column), the offending text, and a message in EN or
// FR.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace retroplan {

enum class Lang { En, Fr };

enum class ProblemId {
    EmptyPlan,     // no task at all
    MissingColumn, // no duration column
    BadCsv,        // unterminated quote
    BadEncoding,   // not UTF-8
    MissingId,     // a task row with an empty ID
    DuplicateId,
    BadDuration,
    BadBuffer,
    BadDueDate,
    BadPredecessor, // an entry that cannot be read (e.g. a lag of 10^9 days)
    UnknownPredecessor,
    PredecessorOutsideTable, // a function's table range leaves out the row of that ID
    SelfLink,
    DuplicateLink,
    Cycle,
    BadWeekend,
    BadHoliday,
    BadDeadline,
    BadStart,
    DateOutOfRange, // the schedule falls outside 1900..2200
    ErrorValue,     // a spreadsheet error (#DIV/0!, Err:502…) in a recognised column or setting
    NoTable,        // the rebuild found no header row on the task sheet
    NoDeadline,     // no deadline given (no RETRO_DEADLINE, no labelled cell, no argument)
    BadAllocation,  // an allocation (load) unreadable or outside (0 %, 100 %]
    BadCapacity,    // capacity table: a capacity unreadable or outside (0 %, 1,000 %], or no person
    DuplicateCapacity, // capacity table: the same person twice
    // Following the plan (model §8-10), checked only with a status date:
    BadProgress,           // unreadable, or outside 0-100 %
    BadActualDate,         // an actual start or end that is not a date
    ActualAfterStatusDate, // an actual date after the status date: it has not happened yet
    ActualEndBeforeStart,
    BadBaselineDate,
    BadAlertDays,  // the alert window setting is not a whole number of working days >= 0
    TableTooLarge, // more cells to read than a spreadsheet shell reads for one table or range
    BadEstimate,   // an optimistic / most likely / pessimistic value that is not whole days ≥ 0
    IncompleteEstimate, // one or two of the three values given, not all three
    EstimateOrder,      // not optimistic ≤ most likely ≤ pessimistic
    BadRuns,            // the simulation's number of runs
    BadSeed,            // the simulation's seed
    BadConfidence,      // a confidence level that is not a share in (0, 1]
    BadLevel,           // the rebuild's levelling setting (RETRO_LEVEL, Level) is not yes or no
};

// Every ID, in declaration order: for documentation and the one-scenario-per-ID test.
std::span<const ProblemId> all_problem_ids();

struct Problem {
    ProblemId id;
    int row = 0;        // 1-based row as the user sees it; 0 for the plan as a whole
    std::string column; // the column's header as written, or the setting's name
    std::string value;  // the offending text
    std::string detail; // id-specific: the other row, the other entry, the cycle "A → B → A"
    bool operator==(const Problem&) const = default;
};

// "duplicate_id", "unknown_predecessor", ...
std::string_view code(ProblemId id);

// A sentence for a non-programmer, naming row, column and value.
std::string describe(const Problem& p, Lang lang);

// "row 4, column "Duration": ... [bad_duration]" — the one-line form of the CLI and of the
// RetroplanStatus property. Without the code for what people read (cells, dialogs).
enum class WithCode : bool { No, Yes };
std::string format_problem(const Problem& p, Lang lang, WithCode with_code = WithCode::Yes);

// Orders problems by row, then by the order they were found.
void sort_by_row(std::vector<Problem>& problems);

} // namespace retroplan
