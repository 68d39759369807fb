/* claimline-compare.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lining up the claims of one story: claims of different articles about
 * the same subject and attribute are linked when their values agree (then
 * a difference in time is a conflict) or when their times agree (then a
 * difference in value is a conflict); linked claims form a group.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "claimline-compare.h"
#include "claimline-phrases.h"

/* How far apart the figures behind two bounds ("more than $10 billion",
 * "over $11 billion") may be and still agree. */
#define ONE_SIDED_RATIO 1.25

void
claimline_group_member_free (ClaimlineGroupMember *member)
{
  if (member == NULL)
    return;
  claimline_claim_free (member->claim);
  g_free (member->outlet);
  g_free (member->title);
  g_free (member->sentence);
  g_free (member);
}

void
claimline_claim_group_free (ClaimlineClaimGroup *group)
{
  if (group == NULL)
    return;
  g_free (group->subject);
  g_free (group->attribute);
  g_free (group->kind);
  g_free (group->unit);
  g_free (group->time_value);
  g_free (group->reason);
  g_clear_pointer (&group->members, g_ptr_array_unref);
  g_free (group);
}

/* Half the last unit a figure is given in: "$14 billion" stands for
 * anything from 13.5 to 14.5 billion, "$13.8 billion" from 13.75 to 13.85. */
static double
rounding_tolerance (double value)
{
  double magnitude, step;

  value = fabs (value);
  if (value == 0)
    return 0;
  magnitude = pow (10, floor (log10 (value)));
  for (step = magnitude; step > magnitude / 1e6; step /= 10)
    {
      double ratio = value / step;

      if (fabs (ratio - round (ratio)) < 1e-6 * ratio)
        return step / 2;
    }
  return step / 2;
}

/* The interval a claim's value covers once rounding (and "about") is
 * allowed for; open bounds stay infinite. */
static void
value_range (const ClaimlineClaim *claim,
             double               *low,
             double               *high)
{
  double base = claim->has_low ? claim->low : claim->high;
  double tolerance = rounding_tolerance (base);

  /* "about $14 billion": a loose figure, a few percent either way. */
  if (claim->approx)
    tolerance = MAX (tolerance * 2, fabs (base) * 0.05);

  *low = claim->has_low ? claim->low - tolerance : -INFINITY;
  *high = claim->has_high ? claim->high + tolerance : INFINITY;
}

/* A claim with the interval its value covers, worked out once for all the
 * comparisons it takes part in. */
typedef struct
{
  const ClaimlineClaim *claim;
  double                low;
  double                high;
} Ranged;

static Ranged
ranged (const ClaimlineClaim *claim)
{
  Ranged r = { claim, 0, 0 };

  if (claim->has_low || claim->has_high)
    value_range (claim, &r.low, &r.high);
  return r;
}

static gboolean
ranges_agree (const Ranged *ra,
              const Ranged *rb)
{
  const ClaimlineClaim *a = ra->claim, *b = rb->claim;
  double a_low = ra->low, a_high = ra->high, b_low = rb->low, b_high = rb->high;

  if (!(a->has_low || a->has_high) || !(b->has_low || b->has_high))
    return FALSE;
  /* Rounding intervals are half-open: 13.8 and 13.9 only touch. */
  if (!(a_low < b_high && b_low < a_high) && !(a_low == b_low && a_high == b_high))
    return FALSE;

  /* "up to $25 billion" does not confirm "$13.8 billion": with an open
   * bound, the figures themselves must be close too. */
  if (a->has_low != a->has_high || b->has_low != b->has_high)
    {
      double a_figure = fabs (a->has_low ? a->low : a->high);
      double b_figure = fabs (b->has_low ? b->low : b->high);

      return MAX (a_figure, b_figure) <= MIN (a_figure, b_figure) * ONE_SIDED_RATIO;
    }
  return TRUE;
}

gboolean
claimline_compare_values_agree (const ClaimlineClaim *a,
                                const ClaimlineClaim *b)
{
  Ranged ra, rb;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  ra = ranged (a);
  rb = ranged (b);
  return ranges_agree (&ra, &rb);
}

typedef enum
{
  TIMES_UNKNOWN,  /* one or both give no (resolved) time */
  TIMES_OVERLAP,
  TIMES_DISJOINT,
} TimeRelation;

static TimeRelation
compare_times (const ClaimlineClaim *a,
               const ClaimlineClaim *b)
{
  const char *a_low = a->time_low ? a->time_low : "0000-00-00";
  const char *a_high = a->time_high ? a->time_high : "9999-99-99";
  const char *b_low = b->time_low ? b->time_low : "0000-00-00";
  const char *b_high = b->time_high ? b->time_high : "9999-99-99";

  if ((a->time_low == NULL && a->time_high == NULL) || (b->time_low == NULL && b->time_high == NULL))
    return TIMES_UNKNOWN;
  /* A time resolved against a guessed publication date may be a year off:
   * it can agree, but not contradict. */
  if (a->time_inferred || b->time_inferred)
    return TIMES_UNKNOWN;
  /* ISO dates compare as strings. */
  return strcmp (a_low, b_high) <= 0 && strcmp (b_low, a_high) <= 0 ? TIMES_OVERLAP : TIMES_DISJOINT;
}

static gboolean
is_hedged (const ClaimlineClaim *claim)
{
  return claim->modality == CLAIMLINE_MODALITY_POSSIBLE ||
         claim->modality == CLAIMLINE_MODALITY_PROJECTED ||
         claim->modality == CLAIMLINE_MODALITY_DENIED;
}

static const char *
compared_attribute (const ClaimlineClaim *claim)
{
  const char *alias;

  if (claim->attribute == NULL)
    return NULL;
  alias = claimline_phrase_table_lookup (CLAIMLINE_PHRASES ("compare-attributes"),
                                         claim->attribute);
  return alias ? alias : claim->attribute;
}

/* Claims are compared only within one subject, attribute, kind and unit. */
static char *
group_key (const ClaimlineClaim *claim)
{
  g_autofree char *subject = claim->subject ? g_utf8_casefold (claim->subject, -1) : NULL;

  /* Counts compare by what they count ("employees"), whatever the noun
   * ("staff", "people"); money and measures also by currency and unit. */
  const char *unit = g_strcmp0 (claim->kind, "count") == 0 ? "" : claim->unit;

  return g_strdup_printf ("%s|%s|%s|%s", subject ? subject : "",
                          compared_attribute (claim) ? compared_attribute (claim) : "",
                          claim->kind ? claim->kind : "", unit ? unit : "");
}

typedef enum
{
  LINK_NONE,
  LINK_AGREE,
  LINK_TIME_CONFLICT,
  LINK_VALUE_CONFLICT,
} Link;

/* How two claims of different articles relate.  A hedge (possible,
 * projected) may agree with a figure but never contradicts it, and
 * projections are compared only with projections. */
static Link
link_claims (const Ranged *ra,
             const Ranged *rb)
{
  const ClaimlineClaim *a = ra->claim, *b = rb->claim;
  TimeRelation times = compare_times (a, b);
  gboolean same_footing = is_hedged (a) == is_hedged (b);

  if (g_strcmp0 (a->kind, "date") == 0)
    {
      /* Dated events: the same event on overlapping dates agrees; a named
       * event ("founded") on different dates is a conflict. */
      if (times == TIMES_OVERLAP)
        return LINK_AGREE;
      if (times == TIMES_DISJOINT && g_strcmp0 (a->attribute, "event") != 0 && same_footing)
        return LINK_TIME_CONFLICT;
      return LINK_NONE;
    }

  if (ranges_agree (ra, rb))
    {
      if (times == TIMES_DISJOINT)
        return same_footing ? LINK_TIME_CONFLICT : LINK_NONE;
      return LINK_AGREE;
    }
  if (same_footing && !is_hedged (a) &&
      (times == TIMES_OVERLAP ||
       /* Headcounts and user numbers given with no time are current figures. */
       (times == TIMES_UNKNOWN && g_strcmp0 (a->kind, "count") == 0 &&
        a->time_low == NULL && b->time_low == NULL)))
    return LINK_VALUE_CONFLICT;
  return LINK_NONE;
}

/* Union-find over member indexes. */
static guint
find_root (guint *parent,
           guint  i)
{
  while (parent[i] != i)
    {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
  return i;
}

static void
join (guint *parent,
      guint  a,
      guint  b)
{
  a = find_root (parent, a);
  b = find_root (parent, b);
  if (a != b)
    parent[MAX (a, b)] = MIN (a, b);
}

/* The time most members give. */
static char *
common_time (GPtrArray *members)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  const char *best = NULL;
  guint best_count = 0;

  for (guint i = 0; i < members->len; i++)
    {
      const ClaimlineClaim *claim = ((ClaimlineGroupMember *) g_ptr_array_index (members, i))->claim;
      guint count;

      if (claim->time_value == NULL || claim->time_low == NULL)
        continue;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, claim->time_value)) + 1;
      g_hash_table_insert (counts, claim->time_value, GUINT_TO_POINTER (count));
      if (count > best_count)
        {
          best = claim->time_value;
          best_count = count;
        }
    }
  return g_strdup (best);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* "2023 vs 2024" or "$870 million vs $1 billion": the distinct values of
 * the field that differs, in the order the members give them. */
static char *
conflict_reason (GPtrArray         *members,
                 ClaimlineConflict  conflict)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint i = 0; i < members->len; i++)
    {
      const ClaimlineClaim *claim = ((ClaimlineGroupMember *) g_ptr_array_index (members, i))->claim;
      const char *shown = conflict == CLAIMLINE_CONFLICT_TIME ? claim->time_value : claim->text;

      if (shown == NULL || (conflict == CLAIMLINE_CONFLICT_TIME && claim->time_low == NULL))
        continue;
      if (!g_ptr_array_find_with_equal_func (seen, shown, g_str_equal, NULL))
        g_ptr_array_add (seen, (gpointer) shown);
    }
  /* Times read best in calendar order. */
  if (conflict == CLAIMLINE_CONFLICT_TIME)
    g_ptr_array_sort (seen, compare_strings);
  g_ptr_array_add (seen, NULL);
  return g_strjoinv (" vs ", (char **) seen->pdata);
}

static int
compare_members (gconstpointer a,
                 gconstpointer b)
{
  const ClaimlineGroupMember *ma = *(ClaimlineGroupMember * const *) a;
  const ClaimlineGroupMember *mb = *(ClaimlineGroupMember * const *) b;

  if (ma->claim->article_id != mb->claim->article_id)
    return ma->claim->article_id < mb->claim->article_id ? -1 : 1;
  return ma->claim->start < mb->claim->start ? -1 : ma->claim->start > mb->claim->start;
}

static guint
count_articles (GPtrArray *members)
{
  g_autoptr(GHashTable) articles = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < members->len; i++)
    {
      ClaimlineGroupMember *member = g_ptr_array_index (members, i);

      g_hash_table_add (articles, &member->claim->article_id);
    }
  return g_hash_table_size (articles);
}

static ClaimlineClaimGroup *
make_group (GPtrArray         *members,
            ClaimlineConflict  conflict)
{
  ClaimlineClaimGroup *group = g_new0 (ClaimlineClaimGroup, 1);
  const ClaimlineClaim *first;

  g_ptr_array_sort (members, compare_members);
  first = ((ClaimlineGroupMember *) g_ptr_array_index (members, 0))->claim;
  group->subject = g_strdup (first->subject);
  group->attribute = g_strdup (compared_attribute (first));
  group->kind = g_strdup (first->kind);
  group->unit = g_strdup (first->unit);
  group->time_value = common_time (members);
  group->members = members;

  if (count_articles (members) < 2)
    group->verdict = CLAIMLINE_VERDICT_SINGLE;
  else if (conflict != CLAIMLINE_CONFLICT_NONE)
    {
      group->verdict = CLAIMLINE_VERDICT_CONFLICT;
      group->conflict = conflict;
      group->reason = conflict_reason (members, conflict);
    }
  else
    group->verdict = CLAIMLINE_VERDICT_AGREE;

  for (guint i = 0; i < members->len; i++)
    group->hedged |= is_hedged (((ClaimlineGroupMember *) g_ptr_array_index (members, i))->claim) ||
                     ((ClaimlineGroupMember *) g_ptr_array_index (members, i))->claim->modality ==
                       CLAIMLINE_MODALITY_REPORTED;
  return group;
}

/* A link in conflict, by one of its two members. */
typedef struct
{
  guint member;
  Link  link;
} ConflictPair;

/* Groups the members that share a key (subject, attribute, kind, unit). */
static void
group_bucket (GPtrArray *bucket,
              GPtrArray *groups)
{
  guint n = bucket->len;
  g_autofree guint *parent = g_new (guint, n);
  g_autofree ClaimlineConflict *conflict = g_new0 (ClaimlineConflict, n);
  g_autoptr(GHashTable) by_root = g_hash_table_new (NULL, NULL);
  g_autofree Ranged *ranges = g_new (Ranged, MAX (n, 1));
  g_autofree guint *next_other = g_new (guint, MAX (n, 1));
  g_autoptr(GArray) conflicts = g_array_new (FALSE, FALSE, sizeof (ConflictPair));

  for (guint i = 0; i < n; i++)
    {
      parent[i] = i;
      ranges[i] = ranged (((ClaimlineGroupMember *) g_ptr_array_index (bucket, i))->claim);
    }
  /* Claims of one article are never compared, and a story's members come
   * article by article: the run of I's article after I is skipped whole,
   * so a long article's thousands of claims are not paired with each other. */
  for (guint i = n; i-- > 0;)
    next_other[i] = i + 1 >= n || ranges[i + 1].claim->article_id != ranges[i].claim->article_id
                      ? i + 1 : next_other[i + 1];

  /* Any link joins two members, so every conflict lies inside one group:
   * the conflicting pairs are kept to mark their groups afterwards. */
  for (guint i = 0; i < n; i++)
    for (guint j = next_other[i]; j < n; j++)
      {
        Link link;

        if (ranges[i].claim->article_id == ranges[j].claim->article_id)
          continue;
        link = link_claims (&ranges[i], &ranges[j]);
        if (link == LINK_NONE)
          continue;
        join (parent, i, j);
        if (link == LINK_TIME_CONFLICT || link == LINK_VALUE_CONFLICT)
          {
            ConflictPair pair = { i, link };

            g_array_append_val (conflicts, pair);
          }
      }

  /* A conflict anywhere inside a group makes the group a conflict: a time
   * disagreement outranks a value one, being the sharper finding. */
  for (guint k = 0; k < conflicts->len; k++)
    {
      const ConflictPair *pair = &g_array_index (conflicts, ConflictPair, k);
      guint root = find_root (parent, pair->member);

      if (pair->link == LINK_TIME_CONFLICT)
        conflict[root] = CLAIMLINE_CONFLICT_TIME;
      else if (conflict[root] == CLAIMLINE_CONFLICT_NONE)
        conflict[root] = CLAIMLINE_CONFLICT_VALUE;
    }

  for (guint i = 0; i < n; i++)
    {
      guint root = find_root (parent, i);
      GPtrArray *members = g_hash_table_lookup (by_root, GUINT_TO_POINTER (root + 1));

      if (members == NULL)
        {
          members = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_group_member_free);
          g_hash_table_insert (by_root, GUINT_TO_POINTER (root + 1), members);
        }
      g_ptr_array_add (members, g_ptr_array_index (bucket, i));
    }
  for (guint i = 0; i < n; i++)
    {
      GPtrArray *members = g_hash_table_lookup (by_root, GUINT_TO_POINTER (i + 1));

      if (members != NULL)
        g_ptr_array_add (groups, make_group (members, conflict[i]));
    }
}

/* Whether two lone claims give the very same figure for the same attribute:
 * within one story that is one fact, even when the outlets name its subject
 * differently ("Meta AI" and "Llama" serving a billion users). */
static gboolean
same_figure (const ClaimlineClaim *a,
             const ClaimlineClaim *b)
{
  double a_figure, b_figure;

  if (a->article_id == b->article_id || a->attribute == NULL ||
      g_strcmp0 (compared_attribute (a), compared_attribute (b)) != 0 ||
      g_strcmp0 (a->kind, b->kind) != 0 || g_strcmp0 (a->kind, "date") == 0 ||
      (g_strcmp0 (a->kind, "count") != 0 && g_strcmp0 (a->unit, b->unit) != 0) ||
      a->has_low != b->has_low || a->has_high != b->has_high ||
      compare_times (a, b) == TIMES_DISJOINT)
    return FALSE;
  a_figure = a->has_low ? a->low : a->high;
  b_figure = b->has_low ? b->low : b->high;
  return fabs (a_figure - b_figure) <= MIN (rounding_tolerance (a_figure), rounding_tolerance (b_figure));
}

static ClaimlineClaim *
first_claim (ClaimlineClaimGroup *group)
{
  return ((ClaimlineGroupMember *) g_ptr_array_index (group->members, 0))->claim;
}

static ClaimlineClaim *
lone_claim (ClaimlineClaimGroup *group)
{
  if (group->verdict != CLAIMLINE_VERDICT_SINGLE || group->members->len != 1)
    return NULL;
  return first_claim (group);
}

/* Only groups whose first claims share this key can give the same figure
 * (same_figure() asks for the same compared attribute and kind). */
static char *
figure_key (const ClaimlineClaim *claim)
{
  const char *attribute = compared_attribute (claim);

  return g_strconcat (attribute ? attribute : "", "\x1f", claim->kind ? claim->kind : "", NULL);
}

/* A group that might take a lone claim: its index, the article of its
 * first claim, and where the run of candidates from that article ends. */
typedef struct
{
  guint  group;
  gint64 article_id;
  guint  next_article;
} Candidate;

/* A lone claim joins another group (lone or not) that gives the very same
 * figure for the same attribute under another name.  Candidates are looked
 * up by figure_key(), in the groups' order, skipping whole runs from the
 * claim's own article: a long article's thousands of lone claims are not
 * each held against every group. */
static void
merge_lone_figures (GPtrArray *groups)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_array_unref);
  g_autofree gboolean *gone = g_new0 (gboolean, groups->len);
  GHashTableIter iter;
  gpointer value;
  guint kept = 0;

  for (guint i = 0; i < groups->len; i++)
    {
      const ClaimlineClaim *first = first_claim (g_ptr_array_index (groups, i));
      char *key = figure_key (first);
      GArray *list = g_hash_table_lookup (by_key, key);
      Candidate candidate = { i, first->article_id, 0 };

      if (list == NULL)
        g_hash_table_insert (by_key, key, (list = g_array_new (FALSE, FALSE, sizeof (Candidate))));
      else
        g_free (key);
      g_array_append_val (list, candidate);
    }
  g_hash_table_iter_init (&iter, by_key);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GArray *list = value;

      for (guint k = list->len; k-- > 0;)
        {
          Candidate *c = &g_array_index (list, Candidate, k);

          c->next_article = k + 1 >= list->len ||
                            g_array_index (list, Candidate, k + 1).article_id != c->article_id
                              ? k + 1 : g_array_index (list, Candidate, k + 1).next_article;
        }
    }

  for (guint i = 0; i < groups->len; i++)
    {
      ClaimlineClaimGroup *lone = g_ptr_array_index (groups, i);
      ClaimlineClaim *claim = lone_claim (lone);
      g_autofree char *key = NULL;
      GArray *list;

      if (claim == NULL)
        continue;
      key = figure_key (claim);
      list = g_hash_table_lookup (by_key, key);
      for (guint k = 0; k < list->len;)
        {
          const Candidate *c = &g_array_index (list, Candidate, k);
          ClaimlineClaimGroup *other = g_ptr_array_index (groups, c->group);

          /* same_figure() refuses a claim of the same article */
          if (c->article_id == claim->article_id)
            {
              k = c->next_article;
              continue;
            }
          k++;
          if (gone[c->group] || other->verdict == CLAIMLINE_VERDICT_CONFLICT ||
              !same_figure (claim, first_claim (other)))
            continue;
          g_ptr_array_add (other->members, g_ptr_array_steal_index (lone->members, 0));
          other->verdict = CLAIMLINE_VERDICT_AGREE;
          other->hedged |= lone->hedged;
          gone[i] = TRUE;
          break;
        }
    }

  for (guint i = 0; i < groups->len; i++)
    if (gone[i])
      claimline_claim_group_free (g_ptr_array_index (groups, i));
    else
      groups->pdata[kept++] = groups->pdata[i];
  g_ptr_array_set_free_func (groups, NULL);
  g_ptr_array_set_size (groups, kept);
  g_ptr_array_set_free_func (groups, (GDestroyNotify) claimline_claim_group_free);
}

int
claimline_claim_group_compare (gconstpointer a,
                               gconstpointer b)
{
  const ClaimlineClaimGroup *ga = *(ClaimlineClaimGroup * const *) a;
  const ClaimlineClaimGroup *gb = *(ClaimlineClaimGroup * const *) b;
  static const int rank[] = {
    [CLAIMLINE_VERDICT_CONFLICT] = 0,
    [CLAIMLINE_VERDICT_AGREE] = 1,
    [CLAIMLINE_VERDICT_SINGLE] = 2,
    [CLAIMLINE_VERDICT_NONE] = 3,
  };

  if (rank[ga->verdict] != rank[gb->verdict])
    return rank[ga->verdict] - rank[gb->verdict];
  if (ga->members->len != gb->members->len)
    return (int) gb->members->len - (int) ga->members->len;
  return ga->id < gb->id ? -1 : ga->id > gb->id;
}

GPtrArray *
claimline_compare_claims (GPtrArray *members)
{
  g_autoptr(GHashTable) buckets = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GPtrArray *groups;

  g_return_val_if_fail (members != NULL, NULL);

  groups = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_claim_group_free);
  buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);

  /* Members change hands: from MEMBERS to buckets to groups. */
  g_ptr_array_set_free_func (members, NULL);
  for (guint i = 0; i < members->len; i++)
    {
      ClaimlineGroupMember *member = g_ptr_array_index (members, i);
      char *key = group_key (member->claim);
      GPtrArray *bucket = g_hash_table_lookup (buckets, key);

      if (bucket == NULL)
        {
          bucket = g_ptr_array_new ();
          g_hash_table_insert (buckets, key, bucket);
          g_ptr_array_add (keys, key);
        }
      else
        g_free (key);
      g_ptr_array_add (bucket, member);
    }
  g_ptr_array_unref (members);

  /* Buckets in first-seen order, so that results do not depend on hashing. */
  for (guint i = 0; i < keys->len; i++)
    group_bucket (g_hash_table_lookup (buckets, g_ptr_array_index (keys, i)), groups);
  merge_lone_figures (groups);

  g_ptr_array_sort (groups, claimline_claim_group_compare);
  return groups;
}
