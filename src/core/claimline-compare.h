/* claimline-compare.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "claimline-claims.h"

G_BEGIN_DECLS

/* One outlet's claim in a group, with what the group shows of its article. */
typedef struct
{
  ClaimlineClaim *claim;    /* owned; id and article_id set */
  char           *outlet;   /* nullable */
  char           *title;    /* the article's title */
  char           *sentence; /* the sentence the claim stands in, nullable */
} ClaimlineGroupMember;

/* Claims of different articles about the same thing, lined up. */
typedef struct
{
  gint64             id;          /* in the store; 0 before it is stored */
  gint64             story_id;
  char              *subject;     /* nullable */
  char              *attribute;
  char              *kind;        /* "money", "count", "percent", "quantity", "date" */
  char              *unit;        /* nullable */
  char              *time_value;  /* the time most members give, nullable */
  ClaimlineVerdict   verdict;
  ClaimlineConflict  conflict;
  char              *reason;      /* "2023 vs 2024", "1,200 vs about 1,500"; NULL when agreed */
  gboolean           hedged;      /* some members are reported, projected or possible */
  GPtrArray         *members;     /* ClaimlineGroupMember*, in article order */
} ClaimlineClaimGroup;

void                  claimline_group_member_free (ClaimlineGroupMember *member);
void                  claimline_claim_group_free  (ClaimlineClaimGroup  *group);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineGroupMember, claimline_group_member_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineClaimGroup, claimline_claim_group_free)

/* Lines up the claims of one story (MEMBERS: ClaimlineGroupMember*, taken)
 * into groups with verdicts.  Every claim lands in exactly one group;
 * a claim no other outlet speaks of is a group of its own, verdict single. */
GPtrArray            *claimline_compare_claims    (GPtrArray            *members);

/* The order groups are shown in: conflicts, then agreements, then lone
 * claims; within each, the groups more outlets speak of first. */
int                   claimline_claim_group_compare (gconstpointer a,
                                                     gconstpointer b);

/* Whether two value intervals agree, allowing for rounding and "about". */
gboolean              claimline_compare_values_agree (const ClaimlineClaim *a,
                                                      const ClaimlineClaim *b);

G_END_DECLS
