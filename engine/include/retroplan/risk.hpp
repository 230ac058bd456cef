// Risk (model §13): how sure is the kick-off? Three-point durations are drawn from the PERT
// distribution, rounded up to whole working days, and the backward pass runs once per draw;
// K_i is run i's kick-off. One simulation answers every question a sheet or the CLI asks: the
// kick-off at any confidence, the share of runs that a start date meets, each task's
// criticality and the plain plan's own confidence.
//
// Reproducible anywhere, bit for bit (see random.hpp and pert.hpp):
// - run r (0-based) draws from xoshiro256** seeded with SplitMix64(seed)'s outputs 4r+1 … 4r+4;
// - each 64-bit output gives two 32-bit uniforms, its high half first; the tasks with a < b,
//   in table order, take one uniform u each;
// - with n = b − a, α = 1 + 4(m − a)/n, β = 1 + 4(b − m)/n, the duration is a + k for the
//   smallest k in 1..n with u < ⌈I_{k/n}(α, β) · 2³²⌉ (I = the regularized incomplete beta
//   function, k/n in double precision; k = n always qualifies): inverse-transform sampling of
//   PERT, rounded up;
// - tasks with a = b take a; tasks without an estimate keep their duration.
#pragma once

#include "retroplan/schedule.hpp"
#include "retroplan/settings.hpp"
#include "retroplan/table.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace retroplan {

inline constexpr std::int64_t kDefaultRuns = 10'000;
inline constexpr std::int64_t kMaxRuns = 1'000'000;
inline constexpr std::uint64_t kDefaultSeed = 1;
inline constexpr std::uint64_t kMaxSeed = (std::uint64_t(1) << 53) - 1; // a spreadsheet's integers

struct RiskOptions {
    std::int64_t runs = kDefaultRuns;
    std::uint64_t seed = kDefaultSeed;
    unsigned threads = 0; // 0: as many as useful; the results never depend on it
};

// The simulation's settings as the user gives them; blank cells take the defaults.
struct RiskOptionsInput {
    Cell runs;
    Cell seed;
};
struct RiskOptionsOutcome {
    std::optional<RiskOptions> options;
    std::vector<Problem> problems; // bad_runs, bad_seed, error_value
};
RiskOptionsOutcome read_risk_options(const RiskOptionsInput& in);

// A confidence level in (0, 1]: a number (0.8) or text "0.8", "80%", "80 %". nullopt, with a
// bad_confidence (or error_value) problem, otherwise.
std::optional<double> read_confidence(const Cell& c, std::vector<Problem>& problems);

struct CurvePoint {
    Date date;
    double share; // of the runs whose kick-off is on or after `date`
};

// The simulation's results. Indexes are working days, as in Schedule.
struct Risk {
    std::int64_t runs = 0;
    std::uint64_t seed = 0;
    WorkIndex deadline = 0;
    Date deadline_date;
    WorkIndex plain_kickoff = 0;             // K of the plan with its fixed durations
    std::vector<WorkIndex> kickoffs;         // K_i of every run, ascending
    std::vector<std::int64_t> critical_runs; // per task (table order)

    // The latest k such that at least `confidence` of the runs have K_i ≥ k: starting on k
    // meets the deadline in at least that share of runs. confidence in (0, 1].
    WorkIndex kickoff_at(double confidence) const;
    Date kickoff_date_at(double confidence) const { return *date_of(kickoff_at(confidence)); }
    // Runs (and their share) with K_i ≥ k: starting on k meets the deadline in them.
    std::int64_t runs_on_or_after(WorkIndex k) const;
    double share_on_or_after(WorkIndex k) const {
        return double(runs_on_or_after(k)) / double(runs);
    }
    // "The plain plan's kick-off meets the deadline in 34 % of runs."
    double plain_confidence() const { return share_on_or_after(plain_kickoff); }
    // The share of runs in which task i is critical (forward pass from that run's K_i).
    double criticality(std::size_t task) const {
        return double(critical_runs[task]) / double(runs);
    }
    // The cumulative curve: every working day from the earliest K_i to the latest.
    std::vector<CurvePoint> curve() const;

    // The date of working day k, for any k from the earliest K_i to the latest K_i or the
    // plain kick-off (nullopt outside); D + 1 (a plan of milestones) shows as the deadline,
    // as in Schedule.
    std::optional<Date> date_of(WorkIndex k) const;
    Date plain_kickoff_date() const { return *date_of(plain_kickoff); }
    WorkIndex first_day = 0;
    std::vector<Date> days; // dates of working days first_day, first_day + 1, …
};

struct RiskOutcome {
    std::vector<Problem> problems;    // all of them: settings, rows, estimates
    std::optional<Schedule> schedule; // the plain plan
    std::optional<Risk> risk;
    bool ok() const { return risk.has_value(); }
};

// The entry point every shell uses: schedules the plain plan (every problem of schedule()),
// then simulates. The risk is there only when there is no problem at all.
RiskOutcome simulate_risk(const PlanInput& plan, const SettingsOutcome& settings,
                          const RiskOptions& options);

} // namespace retroplan
