/* claimline-quantity.h
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
  CLAIMLINE_QUANTITY_COUNT,   /* a number, bare or counting things: "350,000 chips", "ten" */
  CLAIMLINE_QUANTITY_MONEY,   /* "$13.8 billion", "€5m", "US$ 2 bn" */
  CLAIMLINE_QUANTITY_PERCENT, /* "27%", "7 per cent", "3 percentage points" */
  CLAIMLINE_QUANTITY_MEASURE, /* a number with a physical unit: "2-gigawatt", "5 GWh" */
} ClaimlineQuantityKind;

/* One figure found in a text.  The value is an interval: an exact figure has
 * low == high; "more than $10 billion" has only a low bound; "up to $65
 * billion" only a high bound; "about $14 billion" is approx. */
typedef struct
{
  gsize                  start;     /* byte offsets of the whole expression, qualifier */
  gsize                  end;       /* and unit included ("more than $10 billion") */
  ClaimlineQuantityKind  kind;
  double                 low;       /* meaningful when has_low */
  double                 high;      /* meaningful when has_high */
  gboolean               has_low;
  gboolean               has_high;
  gboolean               approx;
  char                  *unit;      /* "USD", "EUR", "GBP", "JPY", "%" (percent), "pp"
                                     * (percentage points), a counted noun in its lexicon
                                     * form ("employee", "user", "chip", "city", "gigawatt"),
                                     * or NULL for a bare number */
  int                    direction; /* +1 rose/up/gained, -1 fell/down/slipped, 0 none */
  gsize                  value_start;  /* the figure without its qualifiers: "$10 billion" in */
  gsize                  value_end;    /* "more than $10 billion", "$10-12 billion" for a range */
  gsize                  number_start; /* the numeral alone, scale included: "10 billion"; */
  gsize                  number_end;   /* for a range, from the first numeral to the last */
} ClaimlineQuantity;

/* The unit of a ClaimlineQuantity shares one allocation with it: read it,
 * never free or replace it. */

void       claimline_quantity_free (ClaimlineQuantity *quantity);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineQuantity, claimline_quantity_free)

/* Finds every figure in TEXT (UTF-8, LENGTH bytes or -1), in text order,
 * without overlaps.  Years ("in 2024"), dates, times of day, ordinals
 * ("third quarter"), model names ("Llama 3", "H100") and list numbering are
 * not figures and are not returned.  Returns an array of ClaimlineQuantity*. */
GPtrArray *claimline_quantity_find (const char *text,
                                    gssize      length);

G_END_DECLS
