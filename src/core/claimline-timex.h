/* claimline-timex.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CLAIMLINE_TIMEX_DATE,     /* a calendar point or period: 2024, 2025-06-08, 2026-Q3, PRESENT_REF */
  CLAIMLINE_TIMEX_TIME,     /* a time of day: 2025-06-06TMO, 2025-06-06T09:30 */
  CLAIMLINE_TIMEX_DURATION, /* P5Y, P1M, PT3H */
  CLAIMLINE_TIMEX_SET,      /* P1Y ("annually"), XXXX-WXX-1 ("every Monday") */
} ClaimlineTimexType;

/* One temporal expression found in a text, normalised against the document
 * creation time (the article's publication date). */
typedef struct
{
  gsize               start;    /* byte offsets of the expression */
  gsize               end;
  ClaimlineTimexType  type;
  char               *value;    /* TIMEX3 value: "2024", "2025-06-08", "2025-06", "2026-Q3",
                                 * "2025-H1", "2025-SU", "2025-W23", "2025-06-06TMO",
                                 * "P5Y", "PRESENT_REF", "PAST_REF", "FUTURE_REF"; a relative
                                 * expression with no DCT keeps its unknown parts as X
                                 * ("XXXX" for "last year"), never today's date */
  char               *mod;      /* nullable TIMEX3 mod: "APPROX", "START", "MID", "END",
                                 * "BEFORE", "AFTER", "ON_OR_AFTER", "ON_OR_BEFORE" */
  char               *low;      /* nullable: first day covered, "YYYY-MM-DD" */
  char               *high;     /* nullable: last day covered, "YYYY-MM-DD"; one of low/high
                                 * NULL for open-ended "since …" / "by …" */
  gboolean            relative; /* the value depends on the DCT ("last year", "on Friday") */
  gboolean            resolved; /* FALSE when relative and there was no DCT */
} ClaimlineTimex;

/* The strings of a ClaimlineTimex share one allocation with it (a text has
 * many): read them, never free or replace them. */

void       claimline_timex_free (ClaimlineTimex *timex);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineTimex, claimline_timex_free)

/* Finds every temporal expression in TEXT (UTF-8, LENGTH bytes or -1), in
 * text order, without overlaps.  DCT may be NULL (publication date unknown):
 * relative expressions then stay unresolved.  Returns ClaimlineTimex*. */
GPtrArray *claimline_timex_find (const char  *text,
                                 gssize       length,
                                 const GDate *dct);

G_END_DECLS
