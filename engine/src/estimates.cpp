#include "retroplan/estimates.hpp"

#include "retroplan/parse.hpp"

#include <array>
#include <optional>

namespace retroplan {

namespace {

constexpr std::array<Field, 3> kFields = {Field::Optimistic, Field::MostLikely, Field::Pessimistic};

// The fields' names as problem details (describe() words them in the user's language).
constexpr std::array<const char*, 3> kKeys = {"optimistic", "most_likely", "pessimistic"};

} // namespace

std::vector<Estimate> read_estimates(const PlanInput& plan,
                                     const std::vector<std::int32_t>& duration,
                                     std::vector<Problem>& problems) {
    if (!plan.has(Field::Optimistic) && !plan.has(Field::MostLikely) &&
        !plan.has(Field::Pessimistic))
        return {};
    std::vector<Estimate> out(plan.tasks.size());
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const TaskInput& t = plan.tasks[i];
        out[i] = {duration[i], duration[i], duration[i]};
        std::array<std::optional<std::int64_t>, 3> v;
        int given = 0, read = 0;
        bool error = false;
        for (std::size_t f = 0; f < 3; ++f) {
            const Cell& c = plan.cell(i, kFields[f]);
            if (t.has_error(kFields[f])) error = true; // reported with the table
            if (c.blank()) continue;
            ++given;
            v[f] = parse_days(c);
            if (v[f]) {
                ++read;
            } else if (!c.is_error()) {
                problems.push_back({.id = ProblemId::BadEstimate,
                                    .row = t.row,
                                    .column = plan.column(kFields[f]),
                                    .value = cell_text(c)});
            }
        }
        if (given == 0 || error) continue;
        if (given < 3) {
            // Name the missing values; locate the problem on the first missing column the
            // table has (none when the table lacks the column itself).
            std::string missing, column;
            for (std::size_t f = 0; f < 3; ++f) {
                if (!plan.cell(i, kFields[f]).blank()) continue;
                missing += missing.empty() ? kKeys[f] : std::string(",") + kKeys[f];
                if (column.empty() && plan.has(kFields[f])) column = plan.column(kFields[f]);
            }
            problems.push_back({.id = ProblemId::IncompleteEstimate,
                                .row = t.row,
                                .column = column,
                                .detail = missing});
            continue;
        }
        if (read < 3) continue;
        const std::int64_t a = *v[0], m = *v[1], b = *v[2];
        if (a <= m && m <= b) {
            out[i] = {std::int32_t(a), std::int32_t(m), std::int32_t(b)};
            continue;
        }
        // The value out of order: a most likely below the optimistic, else the pessimistic.
        const Field wrong = m < a ? Field::MostLikely : Field::Pessimistic;
        problems.push_back(
            {.id = ProblemId::EstimateOrder,
             .row = t.row,
             .column = plan.column(wrong),
             .value = cell_text(plan.cell(i, wrong)),
             .detail = std::to_string(a) + " / " + std::to_string(m) + " / " + std::to_string(b)});
    }
    return out;
}

} // namespace retroplan
