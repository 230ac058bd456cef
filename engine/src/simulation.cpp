#include "retroplan/simulation.hpp"

#include "retroplan/pert.hpp"
#include "retroplan/random.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <thread>

namespace retroplan {

namespace {

// The backward pass with durations that change from run to run. The plain pass folds both
// durations into one start-to-start weight per link (graph.hpp: s_S ≥ s_P + w); here a link
// keeps what does not vary, c = L + b_P for links from P's finish, else L, and reads the
// successor's start or its finish (LF = LS + d, stored too):
//   from P's finish (FS, FF):  LF_P ≤ X_S − c       from P's start (SS, SF):  LS_P ≤ X_S − c
// with X_S = LS_S (FS, SS) or LF_S (FF, SF). A task's links come in these two groups, so
// LS_P = min(min(bound_P, finish group) − d_P, start group): per link the plain pass's work,
// per task one more store. Tasks are renumbered by topological position so that the pass
// walks its arrays in order.
template <class V> struct Plan {
    struct Link {
        std::uint32_t src; // 2·position of S, + 1 to read its finish
        V c;
    };
    std::size_t n = 0;
    // Per position (n + 1, the last a sentinel): what the pass reads of it, in one place.
    struct Node {
        V bound;             // latest finish allowed by the deadline, due date and buffer
        std::uint32_t first; // its first link (the finish group); the next node's ends them
        std::uint32_t mid;   // its first link of the start group
    };
    std::vector<Node> nodes;
    std::vector<Link> links;
    std::vector<V> duration;        // per position: the fixed duration (a for a = b)
    std::vector<std::int32_t> task; // per position: the task
    PertSampler sampler; // the tasks with a < b, in table order, drawing to their positions
    V deadline = 0;

    static std::uint32_t successor(const Link& l) { return l.src >> 1; }
};

// The largest magnitude any start or finish can reach: the deadline plus every duration,
// buffer and link term at its largest, as no chain of constraints counts one twice.
std::int64_t magnitude_bound(const Graph& g, WorkIndex deadline) {
    auto longest = [&](std::size_t p) -> std::int64_t {
        return g.estimate.empty() ? g.duration[p]
                                  : std::max(g.duration[p], g.estimate[p].pessimistic);
    };
    std::int64_t total = std::abs(deadline) + 2;
    for (std::size_t p = 0; p < g.size(); ++p) {
        total += 2 * longest(p) + g.buffer[p];
        for (auto k = std::size_t(g.out_begin[p]); k < std::size_t(g.out_begin[p + 1]); ++k)
            total += std::abs(g.out_weight[k]) + longest(p) + longest(std::size_t(g.out_target[k]));
    }
    return total;
}

template <class V>
Plan<V> make_plan(const Graph& g, const std::vector<std::int32_t>& order, WorkIndex deadline) {
    Plan<V> s;
    s.n = g.size();
    s.deadline = V(deadline);
    std::vector<std::uint32_t> pos(s.n);
    for (std::size_t i = 0; i < s.n; ++i)
        pos[std::size_t(order[i])] = std::uint32_t(i);
    s.task.assign(order.begin(), order.end());
    s.nodes.resize(s.n + 1);
    s.duration.resize(s.n);
    s.links.reserve(g.link_count());
    for (std::size_t i = 0; i < s.n; ++i) {
        const auto p = std::size_t(s.task[i]);
        s.nodes[i].bound = V(std::min(deadline, g.due[p]) + 1 - g.buffer[p]);
        // A task without an estimate has {d, d, d}; one with a = b always takes a.
        s.duration[i] = V(g.estimate.empty() ? g.duration[p] : g.estimate[p].optimistic);
        s.nodes[i].first = std::uint32_t(s.links.size());
        for (const bool finish_links : {true, false}) {
            if (!finish_links) s.nodes[i].mid = std::uint32_t(s.links.size());
            for (auto k = std::size_t(g.out_begin[p]); k < std::size_t(g.out_begin[p + 1]); ++k) {
                const LinkType type = g.out_type[k];
                if (from_finish(type) != finish_links) continue;
                const auto succ = std::size_t(g.out_target[k]);
                // c = w without the durations folded into it.
                const WorkIndex c = g.out_weight[k] - (from_finish(type) ? g.duration[p] : 0) +
                                    (to_finish(type) ? g.duration[succ] : 0);
                s.links.push_back({2 * pos[succ] + (to_finish(type) ? 1u : 0u), V(c)});
            }
        }
    }
    s.nodes[s.n].first = std::uint32_t(s.links.size());
    for (std::size_t t = 0; t < g.estimate.size(); ++t) {
        const Estimate& e = g.estimate[t];
        if (!e.uncertain()) continue;
        s.sampler.add(e.optimistic, e.most_likely, e.pessimistic, pos[t]);
    }
    return s;
}

// One thread's runs: its own arrays, reused from run to run.
template <class V> class Worker {
  public:
    explicit Worker(const Plan<V>& plan)
        : p_(plan), times_(2 * plan.n), block_min_((plan.n + kBlock - 1) / kBlock),
          duration_(plan.duration), mark_(plan.n, 0), critical_(plan.n, 0) {
        stack_.reserve(plan.n);
    }

    // Run `run`: returns K_i, and counts each task critical in it.
    V run(std::uint64_t seed, std::uint64_t run) {
        draw(seed, run);
        const V k = backward();
        count_critical(k);
        return k;
    }

    V latest_start(std::size_t position) const { return times_[2 * position]; }
    const std::vector<std::int64_t>& critical() const { return critical_; }

    // Not inlined into the run loop, where the generator's state would spill to the stack.
    [[gnu::noinline]] void draw(std::uint64_t seed, std::uint64_t run) {
        auto rng = Xoshiro256StarStar::for_run(seed, run);
        p_.sampler.draw_all(rng, duration_.data());
    }

    // Fills times_ (LS, LF per position) in reverse topological order; returns K.
    V backward() {
        // Locals, not members: the stores into t could otherwise alias the plan's arrays.
        V* const t = times_.data();
        const auto* const links = p_.links.data();
        const auto* const nodes = p_.nodes.data();
        const V* const duration = duration_.data();
        V* const block_min = block_min_.data();
        V k = p_.deadline + 1;
        for (std::size_t b = block_min_.size(); b-- > 0;) {
            V m = std::numeric_limits<V>::max();
            for (std::size_t i = std::min(p_.n, (b + 1) * kBlock); i-- > b * kBlock;) {
                const V d = duration[i];
                V ls = nodes[i].bound;
                const auto* const mid = links + nodes[i].mid;
                for (const auto* l = links + nodes[i].first; l != mid; ++l)
                    ls = std::min(ls, V(t[l->src] - l->c));
                ls -= d;
                const auto* const end = links + nodes[i + 1].first;
                for (const auto* l = mid; l != end; ++l)
                    ls = std::min(ls, V(t[l->src] - l->c));
                t[2 * i] = ls;
                t[2 * i + 1] = ls + d;
                m = std::min(m, ls);
            }
            block_min[b] = m;
            k = std::min(k, m);
        }
        return k;
    }

    // With the forward pass from K, ES ≤ LS everywhere, and a task is critical (ES = LS) when
    // LS = K or a critical predecessor's link to it is tight (holds with equality). So the
    // critical tasks are those reachable from the tasks with LS = K by tight links: a walk
    // along the critical chains instead of a forward pass over every link.
    void count_critical(V k) {
        ++epoch_;
        stack_.clear();
        const V* const t = times_.data();
        // The tasks with LS = K, looked for only in the blocks whose least LS is K.
        for (std::size_t b = 0; b < block_min_.size(); ++b) {
            if (block_min_[b] != k) continue;
            for (std::size_t i = b * kBlock; i < std::min(p_.n, (b + 1) * kBlock); ++i) {
                if (t[2 * i] != k) continue;
                mark_[i] = epoch_;
                stack_.push_back(std::uint32_t(i));
            }
        }
        while (!stack_.empty()) {
            const std::uint32_t i = stack_.back();
            stack_.pop_back();
            ++critical_[i];
            const V ls = t[2 * i], d = duration_[i];
            for (std::uint32_t e = p_.nodes[i].first; e < p_.nodes[i + 1].first; ++e) {
                const auto& l = p_.links[e];
                const std::uint32_t succ = Plan<V>::successor(l);
                const V allows = V(t[l.src] - l.c - (e < p_.nodes[i].mid ? d : 0));
                if (allows == ls && mark_[succ] != epoch_) {
                    mark_[succ] = epoch_;
                    stack_.push_back(succ);
                }
            }
        }
    }

  private:
    const Plan<V>& p_;
    // The pass keeps the least LS of each block of kBlock positions (one store per block), so
    // that finding the tasks with LS = K skips the blocks without one instead of scanning LS.
    static constexpr std::size_t kBlock = 32;
    std::vector<V> times_; // LS, LF per position
    std::vector<V> block_min_;
    std::vector<V> duration_; // this run's durations per position
    std::vector<std::uint32_t> mark_, stack_;
    std::uint32_t epoch_ = 0;
    std::vector<std::int64_t> critical_; // per position
};

// Below this much work (runs × (tasks + links)) a thread costs more than it saves.
constexpr std::int64_t kWorkPerThread = 2'000'000;
constexpr std::int64_t kMaxThreads = 64;

template <class V>
SimulationRuns run_all(const Plan<V>& plan, std::int64_t runs, std::uint64_t seed,
                       unsigned threads) {
    SimulationRuns out;
    out.kickoffs.resize(std::size_t(runs));
    const std::int64_t work = runs * std::int64_t(plan.n + plan.links.size() + 1);
    std::int64_t count = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
    if (!threads) count = std::min(count, std::max<std::int64_t>(1, work / kWorkPerThread));
    count = std::clamp<std::int64_t>(count, 1, std::clamp<std::int64_t>(runs, 1, kMaxThreads));

    // Each thread takes a contiguous share of the runs; every run has its own stream, so the
    // shares' bounds change nothing in the results.
    struct Share {
        std::int64_t begin = 0, end = 0;
        std::vector<std::int64_t> critical;
        V earliest = std::numeric_limits<V>::max();
        std::int64_t earliest_run = 0;
    };
    std::vector<Share> shares(static_cast<std::size_t>(count));
    for (std::int64_t s = 0; s < count; ++s) {
        shares[std::size_t(s)].begin = runs * s / count;
        shares[std::size_t(s)].end = runs * (s + 1) / count;
    }
    auto work_on = [&](Share& share) {
        Worker<V> w(plan);
        for (std::int64_t r = share.begin; r < share.end; ++r) {
            const V k = w.run(seed, std::uint64_t(r));
            out.kickoffs[std::size_t(r)] = k;
            if (k < share.earliest) {
                share.earliest = k;
                share.earliest_run = r;
            }
        }
        share.critical = w.critical();
    };
    {
        std::vector<std::jthread> helpers;
        for (std::size_t s = 1; s < shares.size(); ++s) {
            try {
                helpers.emplace_back(work_on, std::ref(shares[s]));
            } catch (const std::system_error&) {
                work_on(shares[s]); // no thread to be had: do it here
            }
        }
        work_on(shares[0]);
    } // joins

    out.critical_runs.assign(plan.n, 0);
    V earliest = std::numeric_limits<V>::max();
    for (const Share& share : shares) { // in run order: the first run wins a tie
        for (std::size_t i = 0; i < plan.n; ++i)
            out.critical_runs[std::size_t(plan.task[i])] += share.critical[i];
        if (share.earliest < earliest) {
            earliest = share.earliest;
            out.earliest_run = share.earliest_run;
        }
    }
    return out;
}

template <class V>
std::vector<WorkIndex> latest_starts(const Plan<V>& plan, std::uint64_t seed, std::int64_t run) {
    Worker<V> w(plan);
    w.draw(seed, std::uint64_t(run));
    w.backward();
    std::vector<WorkIndex> ls(plan.n);
    for (std::size_t i = 0; i < plan.n; ++i)
        ls[std::size_t(plan.task[i])] = w.latest_start(i);
    return ls;
}

// 32-bit arithmetic when every value fits (the usual case: half the memory traffic).
bool fits_32(const Graph& g, WorkIndex deadline) {
    return magnitude_bound(g, deadline) < (std::int64_t(1) << 30);
}

} // namespace

SimulationRuns simulate_runs(const Graph& g, const std::vector<std::int32_t>& order,
                             WorkIndex deadline, std::int64_t runs, std::uint64_t seed,
                             unsigned threads) {
    if (fits_32(g, deadline))
        return run_all(make_plan<std::int32_t>(g, order, deadline), runs, seed, threads);
    return run_all(make_plan<std::int64_t>(g, order, deadline), runs, seed, threads);
}

std::vector<WorkIndex> simulated_latest_starts(const Graph& g,
                                               const std::vector<std::int32_t>& order,
                                               WorkIndex deadline, std::uint64_t seed,
                                               std::int64_t run) {
    if (fits_32(g, deadline))
        return latest_starts(make_plan<std::int32_t>(g, order, deadline), seed, run);
    return latest_starts(make_plan<std::int64_t>(g, order, deadline), seed, run);
}

} // namespace retroplan
