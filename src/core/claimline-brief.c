/* claimline-brief.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The story brief: the findings of a story's claim groups in the order a
 * reporter reads them, as Markdown, HTML or JSON from one model.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "claimline-brief.h"
#include "claimline-timeline.h"

/* One line of the brief, with the lines that detail it. */
typedef struct
{
  char      *text;
  GPtrArray *details;  /* char* */
  const ClaimlineClaimGroup *group;
} BriefItem;

static void
brief_item_free (BriefItem *item)
{
  g_free (item->text);
  g_ptr_array_unref (item->details);
  g_free (item);
}

static BriefItem *
brief_item_new (char                      *text,
                const ClaimlineClaimGroup *group)
{
  BriefItem *item = g_new0 (BriefItem, 1);

  item->text = text;
  item->details = g_ptr_array_new_with_free_func (g_free);
  item->group = group;
  return item;
}

gboolean
claimline_brief_format_from_string (const char           *text,
                                    ClaimlineBriefFormat *out_format)
{
  if (g_strcmp0 (text, "markdown") == 0)
    *out_format = CLAIMLINE_BRIEF_MARKDOWN;
  else if (g_strcmp0 (text, "html") == 0)
    *out_format = CLAIMLINE_BRIEF_HTML;
  else if (g_strcmp0 (text, "json") == 0)
    *out_format = CLAIMLINE_BRIEF_JSON;
  else
    return FALSE;
  return TRUE;
}

static GPtrArray *
distinct_outlets (const ClaimlineClaimGroup *group)
{
  GPtrArray *outlets = g_ptr_array_new ();

  for (guint i = 0; i < group->members->len; i++)
    {
      const ClaimlineGroupMember *member = g_ptr_array_index (group->members, i);
      const char *outlet = member->outlet ? member->outlet : member->title;

      if (!g_ptr_array_find_with_equal_func (outlets, outlet, g_str_equal, NULL))
        g_ptr_array_add (outlets, (gpointer) outlet);
    }
  return outlets;
}

static char *
join_outlets (GPtrArray *outlets)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < outlets->len; i++)
    g_string_append_printf (names, "%s%s", i ? ", " : "", (char *) g_ptr_array_index (outlets, i));
  return g_string_free (names, FALSE);
}

/* "Scale AI revenue" */
static char *
group_name (const ClaimlineClaimGroup *group)
{
  if (group->subject != NULL && group->attribute != NULL)
    return g_strdup_printf ("%s %s", group->subject, group->attribute);
  return g_strdup (group->subject ? group->subject : group->attribute ? group->attribute : "Figure");
}

static const ClaimlineClaim *
first_claim (const ClaimlineClaimGroup *group)
{
  return ((ClaimlineGroupMember *) g_ptr_array_index (group->members, 0))->claim;
}

/* "Datawire Daily places it in 2023; Harbor Ledger, North Coast Tribune say 2024." */
/* "in 2024", "in 2025-H1", but "on 2025-06-08". */
static const char *
time_preposition (const char *time_value)
{
  if (time_value == NULL)
    return "";
  return strlen (time_value) == 10 && time_value[4] == '-' && time_value[7] == '-' ? " on " : " in ";
}

static char *
time_sides (const ClaimlineClaimGroup *group)
{
  g_autoptr(GHashTable) by_time = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) times = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < group->members->len; i++)
    {
      const ClaimlineGroupMember *member = g_ptr_array_index (group->members, i);
      const char *time = member->claim->time_value ? member->claim->time_value : "no date";
      GPtrArray *outlets = g_hash_table_lookup (by_time, time);

      if (outlets == NULL)
        {
          outlets = g_ptr_array_new ();
          g_hash_table_insert (by_time, (gpointer) time, outlets);
          g_ptr_array_add (times, (gpointer) time);
        }
      g_ptr_array_add (outlets, member->outlet ? member->outlet : member->title);
    }

  for (guint i = 0; i < times->len; i++)
    {
      GPtrArray *outlets = g_hash_table_lookup (by_time, g_ptr_array_index (times, i));
      g_autofree char *names = join_outlets (outlets);

      g_string_append_printf (text, "%s%s %s %s", i ? "; " : "", names,
                              outlets->len == 1 ? "places it in" : "place it in",
                              (char *) g_ptr_array_index (times, i));
    }
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

static void
add_member_details (BriefItem                 *item,
                    const ClaimlineClaimGroup *group)
{
  for (guint i = 0; i < group->members->len; i++)
    {
      const ClaimlineGroupMember *member = g_ptr_array_index (group->members, i);
      const ClaimlineClaim *claim = member->claim;

      g_ptr_array_add (item->details,
                       g_strdup_printf ("%s (%s%s%s): “%s”",
                                        member->outlet ? member->outlet : member->title,
                                        claim->time_value ? claim->time_value : "no date",
                                        claim->time_inferred ? ", inferred" : "",
                                        claim->modality != CLAIMLINE_MODALITY_STATED ? ", hedged" : "",
                                        member->sentence ? member->sentence : claim->text));
    }
}

static BriefItem *
conflict_item (const ClaimlineClaimGroup *group)
{
  g_autofree char *name = group_name (group);
  BriefItem *item = brief_item_new (g_strdup_printf ("%s: %s (%s)", name,
                                                     group->reason ? group->reason : "",
                                                     group->conflict == CLAIMLINE_CONFLICT_TIME
                                                       ? "different years" : "different figures"),
                                    group);

  if (group->conflict == CLAIMLINE_CONFLICT_TIME)
    g_ptr_array_add (item->details, time_sides (group));
  add_member_details (item, group);
  return item;
}

static BriefItem *
agreement_item (const ClaimlineClaimGroup *group)
{
  g_autofree char *name = group_name (group);
  g_autofree char *value = claimline_claim_format_value (first_claim (group));
  g_autoptr(GPtrArray) outlets = distinct_outlets (group);
  g_autofree char *names = join_outlets (outlets);

  return brief_item_new (g_strdup_printf ("%s %s%s%s — %u outlets (%s)%s", name,
                                          value ? value : first_claim (group)->text,
                                          time_preposition (group->time_value),
                                          group->time_value ? group->time_value : "",
                                          outlets->len, names,
                                          group->hedged ? "; hedged by some" : ""),
                         group);
}

static BriefItem *
single_item (const ClaimlineClaimGroup *group)
{
  const ClaimlineGroupMember *member = g_ptr_array_index (group->members, 0);
  const ClaimlineClaim *claim = member->claim;
  g_autofree char *name = group_name (group);
  g_autofree char *value = claimline_claim_format_value (claim);

  return brief_item_new (g_strdup_printf ("%s %s%s%s — %s only, %s: “%s”", name,
                                          value ? value : claim->text,
                                          time_preposition (claim->time_value),
                                          claim->time_value ? claim->time_value : "",
                                          member->outlet ? member->outlet : member->title,
                                          claimline_modality_to_string (claim->modality),
                                          member->sentence ? member->sentence : claim->text),
                         group);
}

static BriefItem *
event_item (const ClaimlineTimelineEvent *event)
{
  g_autofree char *outlets = join_outlets (event->outlets);

  return brief_item_new (g_strdup_printf ("%s — %s (%s)%s%s", event->value, event->label, outlets,
                                          event->inferred ? " — date inferred" : "",
                                          event->conflict ? " — placed elsewhere too" : ""),
                         NULL);
}

typedef struct
{
  const char *key;
  const char *heading;
  GPtrArray  *items;   /* BriefItem* */
} BriefSection;

static gboolean
is_figure_group (const ClaimlineClaimGroup *group)
{
  return g_strcmp0 (group->kind, "date") != 0 && group->attribute != NULL;
}

static void
build_sections (GPtrArray    *groups,
                GPtrArray    *events,
                BriefSection *sections)
{
  for (guint i = 0; i < groups->len; i++)
    {
      const ClaimlineClaimGroup *group = g_ptr_array_index (groups, i);

      if (group->verdict == CLAIMLINE_VERDICT_CONFLICT)
        g_ptr_array_add (sections[0].items, conflict_item (group));
      else if (group->verdict == CLAIMLINE_VERDICT_AGREE && is_figure_group (group))
        g_ptr_array_add (sections[1].items, agreement_item (group));
      else if (group->verdict == CLAIMLINE_VERDICT_SINGLE && is_figure_group (group))
        g_ptr_array_add (sections[2].items, single_item (group));
    }
  for (guint i = 0; i < events->len; i++)
    g_ptr_array_add (sections[3].items, event_item (g_ptr_array_index (events, i)));
}

static void
render_markdown (GString            *out,
                 const ClaimlineStory *story,
                 BriefSection       *sections,
                 guint               n_sections)
{
  g_string_append_printf (out, "# %s\n\n", story->title);
  g_string_append_printf (out, "%s – %s · %u articles\n", story->first_date ? story->first_date : "undated",
                          story->last_date ? story->last_date : "undated", story->n_articles);
  for (guint s = 0; s < n_sections; s++)
    {
      if (sections[s].items->len == 0)
        continue;
      g_string_append_printf (out, "\n## %s\n\n", sections[s].heading);
      for (guint i = 0; i < sections[s].items->len; i++)
        {
          BriefItem *item = g_ptr_array_index (sections[s].items, i);

          g_string_append_printf (out, "- %s\n", item->text);
          for (guint d = 0; d < item->details->len; d++)
            g_string_append_printf (out, "  - %s\n", (char *) g_ptr_array_index (item->details, d));
        }
    }
}

static void
append_escaped (GString    *out,
                const char *format,
                ...) G_GNUC_PRINTF (2, 3);

static void
append_escaped (GString    *out,
                const char *format,
                ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_markup_vprintf_escaped (format, args);
  va_end (args);
  g_string_append (out, text);
}

static void
render_html (GString              *out,
             const ClaimlineStory *story,
             BriefSection         *sections,
             guint                 n_sections)
{
  g_string_append (out, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">");
  append_escaped (out, "<title>%s</title></head><body>\n<h1>%s</h1>\n", story->title, story->title);
  append_escaped (out, "<p>%s – %s · %u articles</p>\n", story->first_date ? story->first_date : "undated",
                  story->last_date ? story->last_date : "undated", story->n_articles);
  for (guint s = 0; s < n_sections; s++)
    {
      if (sections[s].items->len == 0)
        continue;
      append_escaped (out, "<h2>%s</h2>\n<ul>\n", sections[s].heading);
      for (guint i = 0; i < sections[s].items->len; i++)
        {
          BriefItem *item = g_ptr_array_index (sections[s].items, i);

          append_escaped (out, "<li>%s", item->text);
          if (item->details->len > 0)
            {
              g_string_append (out, "<ul>");
              for (guint d = 0; d < item->details->len; d++)
                append_escaped (out, "<li>%s</li>", (char *) g_ptr_array_index (item->details, d));
              g_string_append (out, "</ul>");
            }
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul>\n");
    }
  g_string_append (out, "</body></html>\n");
}

static void
json_add_string (JsonBuilder *builder,
                 const char  *name,
                 const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static char *
render_json (const ClaimlineStory *story,
             BriefSection         *sections,
             guint                 n_sections)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_add_string (builder, "title", story->title);
  json_add_string (builder, "first_date", story->first_date);
  json_add_string (builder, "last_date", story->last_date);
  json_builder_set_member_name (builder, "articles");
  json_builder_add_int_value (builder, story->n_articles);
  for (guint s = 0; s < n_sections; s++)
    {
      json_builder_set_member_name (builder, sections[s].key);
      json_builder_begin_array (builder);
      for (guint i = 0; i < sections[s].items->len; i++)
        {
          BriefItem *item = g_ptr_array_index (sections[s].items, i);

          json_builder_begin_object (builder);
          json_add_string (builder, "text", item->text);
          if (item->group != NULL)
            {
              json_add_string (builder, "subject", item->group->subject);
              json_add_string (builder, "attribute", item->group->attribute);
              json_add_string (builder, "verdict", claimline_verdict_to_string (item->group->verdict));
              json_add_string (builder, "conflict", claimline_conflict_to_string (item->group->conflict));
            }
          json_builder_set_member_name (builder, "details");
          json_builder_begin_array (builder);
          for (guint d = 0; d < item->details->len; d++)
            json_builder_add_string_value (builder, g_ptr_array_index (item->details, d));
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

char *
claimline_brief_render (const ClaimlineStory *story,
                        GPtrArray            *groups,
                        ClaimlineBriefFormat  format)
{
  g_autoptr(GPtrArray) events = NULL;
  BriefSection sections[] = {
    { "conflicts", "Conflicts", NULL },
    { "corroborated", "Corroborated figures", NULL },
    { "single", "Single-source and hedged claims", NULL },
    { "timeline", "Timeline", NULL },
  };
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (story != NULL && groups != NULL, NULL);

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    sections[s].items = g_ptr_array_new_with_free_func ((GDestroyNotify) brief_item_free);
  events = claimline_timeline_build (groups);
  build_sections (groups, events, sections);

  switch (format)
    {
    case CLAIMLINE_BRIEF_HTML:
      render_html (out, story, sections, G_N_ELEMENTS (sections));
      break;
    case CLAIMLINE_BRIEF_JSON:
      {
        g_autofree char *json = render_json (story, sections, G_N_ELEMENTS (sections));

        g_string_append (out, json);
        g_string_append_c (out, '\n');
      }
      break;
    case CLAIMLINE_BRIEF_MARKDOWN:
    default:
      render_markdown (out, story, sections, G_N_ELEMENTS (sections));
      break;
    }

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    g_ptr_array_unref (sections[s].items);
  return g_string_free (out, FALSE);
}
