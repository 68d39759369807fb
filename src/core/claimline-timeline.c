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

static void
add_group_events (const ClaimlineClaimGroup *group,
                  GPtrArray                 *all)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new ();

  for (guint i = 0; i < group->members->len; i++)
    {
      const ClaimlineGroupMember *member = g_ptr_array_index (group->members, i);
      const ClaimlineClaim *claim = member->claim;
      ClaimlineTimelineEvent *event;

      if (claim->time_value == NULL || (claim->time_low == NULL && claim->time_high == NULL))
        continue;
      event = find_event (events, claim->time_value);
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
