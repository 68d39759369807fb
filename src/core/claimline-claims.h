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

typedef enum
{
  CLAIMLINE_VERDICT_NONE,     /* not compared yet */
  CLAIMLINE_VERDICT_AGREE,    /* other outlets give a compatible figure */
  CLAIMLINE_VERDICT_CONFLICT, /* another outlet gives a different value or time */
  CLAIMLINE_VERDICT_SINGLE,   /* no other outlet speaks of it */
} ClaimlineVerdict;

typedef enum
{
  CLAIMLINE_CONFLICT_NONE,
  CLAIMLINE_CONFLICT_VALUE,   /* 1,200 vs roughly 1,500 employees */
  CLAIMLINE_CONFLICT_TIME,    /* the same $870 million placed in 2023 and in 2024 */
} ClaimlineConflict;

/* One checkable statement: a figure (or a dated event) in one sentence, with
 * what it measures, whom it is about, when, how sure, and who says so.
 * Offsets are in Unicode characters of the article text. */
typedef struct
{
  gint64             id;             /* in the store; 0 before it is stored */
  gint64             article_id;     /* in the store; 0 before it is stored */
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
  gboolean           time_relative;  /* came from "last year" and the like */
  ClaimlineModality  modality;
  char              *attribution;    /* "Bloomberg", "people familiar with the matter", … */
  gint64             group_id;       /* its claim group across outlets, or 0 */
  ClaimlineVerdict   verdict;        /* the group's verdict, as read from the store */
  ClaimlineConflict  conflict;
} ClaimlineClaim;

void         claimline_claim_free      (ClaimlineClaim *claim);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineClaim, claimline_claim_free)

ClaimlineClaim *claimline_claim_copy   (const ClaimlineClaim *claim);

/* The value as a reader would write it: "≥ $10 billion", "≈ $14 billion",
 * "$10–12 billion", "27%", "1,200 employee"; NULL for dates. */
char        *claimline_claim_format_value   (const ClaimlineClaim *claim);

const char  *claimline_modality_to_string   (ClaimlineModality modality);
const char  *claimline_verdict_to_string    (ClaimlineVerdict  verdict);
const char  *claimline_conflict_to_string   (ClaimlineConflict conflict);
gboolean     claimline_modality_from_string (const char        *text,
                                             ClaimlineModality *out_modality);

/* A report has a few dozen claims; a file of nothing but figures could
 * otherwise put millions in the store.  Past this many, the rest of a text
 * is not read for claims. */
#define CLAIMLINE_MAX_CLAIMS 10000

/* Finds the claims of TEXT, an article's stored text, whose publication
 * date is DCT (NULL when unknown; relative dates then stay unresolved).
 * Returns ClaimlineClaim* in text order, at most CLAIMLINE_MAX_CLAIMS of
 * them (those of the first sentences). */
GPtrArray   *claimline_claims_extract  (const char  *text,
                                        const GDate *dct);

/* Fills DOCUMENT's claims from its text and publication date, replacing any
 * found before (after the date was set or corrected, say). */
void         claimline_claims_annotate (ClaimlineDocument *document);

G_END_DECLS
