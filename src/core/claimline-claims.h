/* claimline-claims.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "claimline-document.h"

G_BEGIN_DECLS

typedef enum
{
  CLAIMLINE_MODALITY_STATED,
  CLAIMLINE_MODALITY_REPORTED,
  CLAIMLINE_MODALITY_PROJECTED,
  CLAIMLINE_MODALITY_POSSIBLE,
  CLAIMLINE_MODALITY_DENIED,
} ClaimlineModality;

/* One checkable statement: a figure (or a dated event) in one sentence, with
 * what it measures, whom it is about, when, how sure, and who says so.
 * Offsets are in Unicode characters of the article text. */
typedef struct
{
  gsize              start;          /* the figure or date expression */
  gsize              end;
  gsize              sentence_start; /* the sentence it stands in */
  gsize              sentence_end;
  char              *kind;           /* "money", "count", "percent", "quantity", "date" */
  char              *text;           /* the characters start..end */
  double             low;            /* meaningful when has_low */
  double             high;           /* meaningful when has_high */
  gboolean           has_low;
  gboolean           has_high;
  gboolean           approx;
  char              *unit;           /* "USD", "%", "employee", …; NULL for dates */
  int                direction;      /* +1 / -1 for rises and falls, else 0 */
  char              *attribute;      /* "revenue", "valuation", "investment", … or NULL */
  char              *subject;        /* the organisation or person it is about, or NULL */
  char              *actor;          /* for investments: who invests; else NULL */
  char              *time_value;     /* TIMEX3 value of the period it refers to, or NULL */
  char              *time_low;       /* "YYYY-MM-DD" or NULL */
  char              *time_high;
  gboolean           time_inferred;  /* resolved against an inferred publication date */
  ClaimlineModality  modality;
  char              *attribution;    /* "Bloomberg", "people familiar with the matter", … */
} ClaimlineClaim;

void         claimline_claim_free      (ClaimlineClaim *claim);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineClaim, claimline_claim_free)

const char  *claimline_modality_to_string   (ClaimlineModality modality);
gboolean     claimline_modality_from_string (const char        *text,
                                             ClaimlineModality *out_modality);

/* Finds the claims of TEXT, an article's stored text, whose publication
 * date is DCT (NULL when unknown; relative dates then stay unresolved).
 * Returns ClaimlineClaim* in text order. */
GPtrArray   *claimline_claims_extract  (const char  *text,
                                        const GDate *dct);

/* Fills DOCUMENT's claims from its text and publication date, replacing any
 * found before (after the date was set or corrected, say). */
void         claimline_claims_annotate (ClaimlineDocument *document);

G_END_DECLS
