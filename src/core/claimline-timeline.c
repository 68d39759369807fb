/* claimline-timeline.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-timeline.h"

void
claimline_timeline_event_free (ClaimlineTimelineEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->low);
  g_free (event->high);
  g_free (event->value);
  g_free (event->label);
  g_clear_pointer (&event->outlets, g_ptr_array_unref);
  g_clear_pointer (&event->claims, g_ptr_array_unref);
  g_free (event);
}

/* "Scale AI revenue $870 million", "Scale AI founded", "Meta event". */
static char *
event_label (const ClaimlineClaimGroup *group,
             const ClaimlineClaim      *claim)
{
  g_autofree char *value = claimline_claim_format_value (claim);
  GString *label = g_string_new (group->subject ? group->subject : "");

  if (group->attribute != NULL && strcmp (group->attribute, "event") != 0)
    g_string_append_printf (label, "%s%s", label->len ? " " : "", group->attribute);
  if (value != NULL)
    g_string_append_printf (label, "%s%s", label->len ? " " : "", value);
  else if (group->attribute == NULL || strcmp (group->attribute, "event") == 0)
    g_string_append_printf (label, "%s“%s”", label->len ? ": " : "", claim->text);
  return g_string_free (label, FALSE);
}

static gboolean
is_approximate_value (const char *value)
{
  /* Seasons, halves and quarters are periods; "XXXX" parts are unknown. */
  return value != NULL && strchr (value, 'X') != NULL;
}

static ClaimlineTimelineEvent *
find_event (GPtrArray  *events,
            const char *value)
{
  for (guint i = 0; i < events->len; i++)
    {
      ClaimlineTimelineEvent *event = g_ptr_array_index (events, i);

      if (g_strcmp0 (event->value, value) == 0)
        return event;
    }
  return NULL;
}

static gboolean
is_placed (const ClaimlineClaim *claim)
{
  return claim->time_value != NULL && (claim->time_low != NULL || claim->time_high != NULL);
}

/* The time most members of GROUP give on their own account (not through an
 * inferred publication date), or NULL when none does. */
static const char *
stated_majority_time (const ClaimlineClaimGroup *group)
{
  const char *best = NULL;
  guint best_count = 0;

  for (guint i = 0; i < group->members->len; i++)
    {
      const ClaimlineClaim *claim = ((ClaimlineGroupMember *) g_ptr_array_index (group->members, i))->claim;
      guint count = 0;

      if (!is_placed (claim) || claim->time_inferred)
        continue;
      for (guint j = 0; j < group->members->len; j++)
        {
          const ClaimlineClaim *other = ((ClaimlineGroupMember *) g_ptr_array_index (group->members, j))->claim;

          if (is_placed (other) && !other->time_inferred &&
              strcmp (other->time_value, claim->time_value) == 0)
            count++;
        }
      if (count > best_count)
        {
          best = claim->time_value;
          best_count = count;
        }
    }
  return best;
}

/* A part of one year that ends before July ("earlier this year", written in
 * June) is shown as that year's first half, which is what a reader takes
 * from it, rather than as the whole year. */
static void
narrow_to_half_year (ClaimlineTimelineEvent *event)
{
  if (event->value == NULL || strlen (event->value) != 4 ||
      event->low == NULL || event->high == NULL ||
      strlen (event->low) != 10 || strlen (event->high) != 10 ||
      strncmp (event->low, event->value, 4) != 0 || strcmp (event->low + 4, "-01-01") != 0 ||
      strncmp (event->high, event->value, 4) != 0 || strcmp (event->high + 4, "-07-01") >= 0)
    return;
  g_free (event->value);
  event->value = g_strdup_printf ("%.4s-H1", event->low);
  g_free (event->high);
  event->high = g_strdup_printf ("%.4s-06-30", event->low);
  event->approximate = TRUE;
}

static void
add_group_events (const ClaimlineClaimGroup *group,
                  GPtrArray                 *all)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  /* Without a conflict on time, a placing that rests only on an inferred
   * publication date joins the time the others state: the group says it
   * is the same fact, and the inferred date is the weaker evidence. */
  const char *majority = group->conflict == CLAIMLINE_CONFLICT_TIME ? NULL
                                                                    : stated_majority_time (group);

  /* Stated placings first, so that the majority's event exists when the
   * inferred ones come to join it. */
  for (guint k = 0; k < 2 * group->members->len; k++)
    {
      const ClaimlineGroupMember *member = g_ptr_array_index (group->members, k % group->members->len);
      const ClaimlineClaim *claim = member->claim;
      gboolean inferred_pass = k >= group->members->len;
      ClaimlineTimelineEvent *event;

      if (!is_placed (claim) || !!claim->time_inferred != inferred_pass)
        continue;
      event = find_event (events, claim->time_value);
      if (event == NULL && claim->time_inferred && majority != NULL)
        event = find_event (events, majority);
      if (event == NULL)
        {
          event = g_new0 (ClaimlineTimelineEvent, 1);
          event->low = g_strdup (claim->time_low);
          event->high = g_strdup (claim->time_high);
          event->value = g_strdup (claim->time_value);
          event->label = event_label (group, claim);
          event->outlets = g_ptr_array_new_with_free_func (g_free);
          event->claims = g_ptr_array_new ();
          event->group_id = group->id;
          event->inferred = TRUE;
          event->approximate = is_approximate_value (claim->time_value);
          event->conflict = group->conflict == CLAIMLINE_CONFLICT_TIME;
          g_ptr_array_add (events, event);
        }
      g_ptr_array_add (event->claims, (gpointer) claim);
      event->inferred &= claim->time_inferred;
      if (member->outlet != NULL &&
          !g_ptr_array_find_with_equal_func (event->outlets, member->outlet, g_str_equal, NULL))
        g_ptr_array_add (event->outlets, g_strdup (member->outlet));
    }
  for (guint i = 0; i < events->len; i++)
    narrow_to_half_year (g_ptr_array_index (events, i));
  g_ptr_array_extend_and_steal (all, g_steal_pointer (&events));
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const ClaimlineTimelineEvent *ea = *(ClaimlineTimelineEvent * const *) a;
  const ClaimlineTimelineEvent *eb = *(ClaimlineTimelineEvent * const *) b;
  int order = g_strcmp0 (ea->low ? ea->low : ea->high, eb->low ? eb->low : eb->high);

  if (order != 0)
    return order;
  order = g_strcmp0 (ea->high, eb->high);
  return order != 0 ? order : g_strcmp0 (ea->label, eb->label);
}

GPtrArray *
claimline_timeline_build (GPtrArray *groups)
{
  GPtrArray *events;

  g_return_val_if_fail (groups != NULL, NULL);

  events = g_ptr_array_new_with_free_func ((GDestroyNotify) claimline_timeline_event_free);
  for (guint i = 0; i < groups->len; i++)
    add_group_events (g_ptr_array_index (groups, i), events);
  g_ptr_array_sort (events, compare_events);
  return events;
}
