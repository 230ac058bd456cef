#include "retroplan/formula_text.hpp"

#include "retroplan/text.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace retroplan {

namespace {

std::string upper(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::toupper(c)); });
    return out;
}

// The function a formula is nothing but a call of ("=NAME(…)" whose first "(" closes at the
// end, string literals skipped), upper case; empty otherwise.
std::string single_call(std::string_view formula) {
    const std::string f = upper(trim(formula));
    if (f.size() < 4 || f.front() != '=' || f.back() != ')') return {};
    const std::size_t open = f.find('(');
    if (open == std::string::npos) return {};
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = open; i < f.size(); ++i) {
        const char c = f[i];
        if (in_string) {
            if (c == '"') in_string = false; // "" inside a literal toggles twice: still inside
            continue;
        }
        if (c == '"')
            in_string = true;
        else if (c == '(')
            ++depth;
        else if (c == ')' && --depth == 0)
            return i + 1 == f.size() ? std::string(trim(std::string_view(f).substr(1, open - 1)))
                                     : std::string();
    }
    return {};
}

} // namespace

bool calls_retroplan(std::string_view formula) {
    return upper(formula).find(kFunctionPrefix) != std::string::npos;
}

FrozenValue frozen_value(std::string_view formula) {
    const std::string name = single_call(formula);
    if (!name.starts_with(kFunctionPrefix)) return FrozenValue::Other;
    const std::string_view method = std::string_view(name).substr(kFunctionPrefix.size());
    for (std::string_view date :
         {"RETROSTART", "RETROEND", "RETROEARLYSTART", "RETROEARLYEND", "RETROKICKOFF"})
        if (method == date) return FrozenValue::Date;
    return method == "RETROSCHEDULE" ? FrozenValue::ScheduleRows : FrozenValue::Other;
}

} // namespace retroplan
