/* claimline-format.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "claimline-article.h"
#include "claimline-claims.h"

G_BEGIN_DECLS

/* How the interface words dates, figures and verdicts.  Pure functions of
 * their arguments (and of the current date for relative dates), so tests
 * can call them without a display. */

/* The publication date: "8 Jun 2025", or "Undated"; an inferred date reads
 * "≈ 8 Jun 2025 (inferred)".  RELATIVE gives "Today", "Yesterday", a
 * weekday within the last week and no year for dates of this year. */
char       *claimline_format_article_date    (ClaimlineArticle     *article,
                                              gboolean              relative);
/* Same for a "YYYY-MM-DD" date relative to TODAY (NULL: the current date). */
char       *claimline_format_iso_date        (const char           *iso_date,
                                              gboolean              relative,
                                              const GDate          *today);
/* "8–9 Jun 2025", "30 May – 2 Jun 2025", or NULL when neither is known. */
char       *claimline_format_date_range      (const char           *first,
                                              const char           *last);

/* The normalised value: "≥ $10 billion", "≈ $14 billion", "$870 million",
 * "≤ $65 billion", "≈ 1,200 employees"; for dates, the date. */
char       *claimline_format_claim_value     (const ClaimlineClaim *claim);
/* The period a claim refers to: "2024", "Q3 2026", "June 2025",
 * "2024 (inferred)"; NULL when it has none or it is unresolved. */
char       *claimline_format_claim_time      (const ClaimlineClaim *claim);
/* "Revenue of Scale AI", "Valuation", "Figure". */
char       *claimline_format_claim_subject   (const ClaimlineClaim *claim);

const char *claimline_format_modality        (ClaimlineModality     modality);
const char *claimline_format_verdict         (ClaimlineVerdict      verdict);
/* Reported, projected and possible figures are hedged. */
gboolean    claimline_modality_is_hedged     (ClaimlineModality     modality);

G_END_DECLS
