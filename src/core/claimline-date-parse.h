/* claimline-date-parse.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Reads a calendar date at the very start of TEXT: "2025-06-08",
 * "06/09/2025" (month first, as in US bylines), "16 March 2026",
 * "March 16, 2026", "Jan. 5 2025", "5th of June, 2025".  Returns the date
 * as "YYYY-MM-DD" and sets OUT_END just past it, or returns NULL when TEXT
 * does not start with a complete, valid date. */
char *claimline_date_scan  (const char  *text,
                            const char **out_end);

/* Whether TEXT starts with an all-numeric date whose day and month could be
 * either way round ("06/09/2025"): claimline_date_scan() reads those month
 * first, and a reader may prefer day first. */
gboolean claimline_date_is_ambiguous (const char *text);

/* Like claimline_date_scan(), but TEXT must hold only the date, optionally
 * followed by a time of day ("2025-06-09T08:30:00Z", "June 9, 2025 10:30"). */
char *claimline_date_parse (const char  *text);

/* The month number (1-12) of an English month name or abbreviation,
 * case-insensitive, with or without a final dot; 0 when WORD is none. */
guint claimline_date_month_from_name (const char *word,
                                      gssize      length);

G_END_DECLS
