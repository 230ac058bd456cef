// The date format Retroplan's sheets show dates in: the task sheet's own, so the summaries read
// like the table they come from (review: the locale's "12/14/26" beside the table's
// "12/14/2026").
#pragma once

#include "document_plan.hxx"

namespace retroplan::addin {

// The number format of the deadline's cell (RETRO_DEADLINE's, or the labelled one the rebuild
// read) when it is a date format, else that of the first date-formatted cell of the table's Due,
// actual or baseline columns (in that order, first rows only), else the document locale's date
// format with a four-digit year. A date-and-time format is not taken: a summary date has no time
// of day.
sal_Int32 plan_date_format(const DocumentPlan& document);

} // namespace retroplan::addin
