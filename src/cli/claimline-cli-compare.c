/* claimline-cli-compare.c: the compare, timeline and brief commands.
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "claimline-brief.h"
#include "claimline-cli-json.h"
#include "claimline-cli-private.h"
#include "claimline-timeline.h"
#include "claimline-timeline-render.h"

/* What the output calls each article: the file name it came from. */
typedef struct
{
  ClaimlineStore *store;
  GArray         *targets;  /* Target */
  GArray         *stories;  /* gint64, in first-seen order */
} Selection;

static void
selection_clear (Selection *selection)
{
  g_clear_object (&selection->store);
  g_clear_pointer (&selection->targets, g_array_unref);
  g_clear_pointer (&selection->stories, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Selection, selection_clear)

/* Imports the files given and finds the stories they belong to (or, with
 * no files, takes every story of the store). */
static gboolean
select_stories (CliOptions *options,
                Selection  *selection)
{
  g_autoptr(GError) error = NULL;

  selection->store = claimline_cli_open_working_store (options);
  if (selection->store == NULL)
    return FALSE;
  selection->targets = claimline_cli_collect_targets (options, selection->store);
  if (selection->targets == NULL)
    return FALSE;
  selection->stories = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < selection->targets->len; i++)
    {
      gint64 story = claimline_store_get_article_story (selection->store,
                                                        g_array_index (selection->targets, Target, i).id,
                                                        &error);
      gboolean seen = FALSE;

      if (error != NULL)
        {
          claimline_cli_print_error ("%s", error->message);
          return FALSE;
        }
      for (guint s = 0; s < selection->stories->len; s++)
        seen |= g_array_index (selection->stories, gint64, s) == story;
      if (story != 0 && !seen)
        g_array_append_val (selection->stories, story);
    }
  return TRUE;
}

static const char *
label_of (const Selection *selection,
          gint64           article_id,
          char           **scratch)
{
  for (guint i = 0; i < selection->targets->len; i++)
    {
      const Target *target = &g_array_index (selection->targets, Target, i);

      if (target->id == article_id)
        return target->label;
    }
  g_free (*scratch);
  *scratch = g_strdup_printf ("%" G_GINT64_FORMAT, article_id);
  return *scratch;
}

static GPtrArray *
load_groups (const Selection *selection,
             gint64           story)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *groups = claimline_store_load_story_groups (selection->store, story, &error);

  if (groups == NULL)
    claimline_cli_print_error ("%s", error->message);
  return groups;
}

static void
print_group (const Selection           *selection,
             const ClaimlineClaimGroup *group,
             gboolean                   json)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autofree char *scratch = NULL;

  if (!json)
    {
      printf ("%-8s %-6s %-14s %-16s %-8s %u members%s%s\n",
              claimline_verdict_to_string (group->verdict),
              group->conflict ? claimline_conflict_to_string (group->conflict) : "",
              group->subject ? group->subject : "—", group->attribute ? group->attribute : "—",
              group->time_value ? group->time_value : "—", group->members->len,
              group->reason ? ": " : "", group->reason ? group->reason : "");
      return;
    }

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "story");
  json_builder_add_int_value (builder, group->story_id);
  claimline_cli_json_add_string (builder, "subject", group->subject);
  claimline_cli_json_add_string (builder, "attribute", group->attribute);
  claimline_cli_json_add_string (builder, "kind", group->kind);
  claimline_cli_json_add_string (builder, "time", group->time_value);
  claimline_cli_json_add_string (builder, "verdict", claimline_verdict_to_string (group->verdict));
  claimline_cli_json_add_string (builder, "conflict", claimline_conflict_to_string (group->conflict));
  claimline_cli_json_add_string (builder, "reason", group->reason);
  json_builder_set_member_name (builder, "hedged");
  json_builder_add_boolean_value (builder, group->hedged);
  json_builder_set_member_name (builder, "members");
  json_builder_begin_array (builder);
  for (guint i = 0; i < group->members->len; i++)
    {
      const ClaimlineGroupMember *member = g_ptr_array_index (group->members, i);
      const ClaimlineClaim *claim = member->claim;

      json_builder_begin_object (builder);
      claimline_cli_json_add_string (builder, "article", label_of (selection, claim->article_id, &scratch));
      claimline_cli_json_add_string (builder, "outlet", member->outlet);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, (gint64) claim->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, (gint64) claim->end);
      claimline_cli_json_add_string (builder, "text", claim->text);
      claimline_cli_json_add_bound (builder, "low", claim->has_low, claim->low);
      claimline_cli_json_add_bound (builder, "high", claim->has_high, claim->high);
      claimline_cli_json_add_time (builder, claim);
      claimline_cli_json_add_string (builder, "modality", claimline_modality_to_string (claim->modality));
      claimline_cli_json_add_string (builder, "sentence", member->sentence);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  claimline_cli_print_json_line (builder);
}

int
claimline_cli_run_compare (CliOptions *options)
{
  g_auto(Selection) selection = { 0 };

  if (!select_stories (options, &selection))
    return EXIT_FAILED;

  for (guint s = 0; s < selection.stories->len; s++)
    {
      g_autoptr(GPtrArray) groups = load_groups (&selection, g_array_index (selection.stories, gint64, s));

      if (groups == NULL)
        return EXIT_FAILED;
      for (guint i = 0; i < groups->len; i++)
        print_group (&selection, g_ptr_array_index (groups, i), options->json);
    }
  return EXIT_OK;
}

static void
print_event (const Selection              *selection,
             const ClaimlineTimelineEvent *event,
             gboolean                      json)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autofree char *scratch = NULL;

  if (!json)
    {
      printf ("%-12s %s%s%s\n", event->value, event->label, event->inferred ? " (inferred)" : "",
              event->conflict ? " (conflict)" : "");
      return;
    }
  builder = json_builder_new ();
  json_builder_begin_object (builder);
  claimline_cli_json_add_string (builder, "low", event->low);
  claimline_cli_json_add_string (builder, "high", event->high);
  claimline_cli_json_add_string (builder, "value", event->value);
  claimline_cli_json_add_string (builder, "label", event->label);
  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < event->claims->len; i++)
    json_builder_add_string_value (builder,
                                   label_of (selection,
                                             ((ClaimlineClaim *) g_ptr_array_index (event->claims, i))->article_id,
                                             &scratch));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "outlets");
  json_builder_begin_array (builder);
  for (guint i = 0; i < event->outlets->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (event->outlets, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "inferred");
  json_builder_add_boolean_value (builder, event->inferred);
  json_builder_set_member_name (builder, "approximate");
  json_builder_add_boolean_value (builder, event->approximate);
  json_builder_set_member_name (builder, "conflict");
  json_builder_add_boolean_value (builder, event->conflict);
  json_builder_end_object (builder);
  claimline_cli_print_json_line (builder);
}

/* Draws EVENTS to the files --svg and --png name, with the code the
 * window's timeline draws with. */
static gboolean
export_timeline (CliOptions *options,
                 GPtrArray  *events)
{
  const char *paths[] = { options->png_path, options->svg_path };
  const ClaimlineTimelineExportFormat formats[] = { CLAIMLINE_TIMELINE_EXPORT_PNG,
                                                    CLAIMLINE_TIMELINE_EXPORT_SVG };
  ClaimlineTimelinePalette palette;

  claimline_timeline_palette_init_default (&palette, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;

      if (paths[i] == NULL)
        continue;
      if (!claimline_timeline_export (events, NULL, 1200, &palette, formats[i], paths[i], &error))
        {
          claimline_cli_print_error (_("could not write %s: %s"), paths[i], error->message);
          return FALSE;
        }
    }
  return TRUE;
}

int
claimline_cli_run_timeline (CliOptions *options)
{
  g_auto(Selection) selection = { 0 };
  g_autoptr(GPtrArray) story_groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) all_groups = g_ptr_array_new ();
  g_autoptr(GPtrArray) all_events = NULL;
  gboolean exporting = options->svg_path != NULL || options->png_path != NULL;

  if (!select_stories (options, &selection))
    return EXIT_FAILED;

  for (guint s = 0; s < selection.stories->len; s++)
    {
      GPtrArray *groups = load_groups (&selection, g_array_index (selection.stories, gint64, s));
      g_autoptr(GPtrArray) events = NULL;

      if (groups == NULL)
        return EXIT_FAILED;
      /* The events borrow the groups' claims: the groups stay until the end. */
      g_ptr_array_add (story_groups, groups);
      g_ptr_array_extend (all_groups, groups, NULL, NULL);
      if (exporting && !options->json)
        continue;
      events = claimline_timeline_build (groups);
      for (guint i = 0; i < events->len; i++)
        print_event (&selection, g_ptr_array_index (events, i), options->json);
    }

  if (!exporting)
    return EXIT_OK;
  /* One drawing holds the events of every story given. */
  all_events = claimline_timeline_build (all_groups);
  return export_timeline (options, all_events) ? EXIT_OK : EXIT_FAILED;
}

static ClaimlineStory *
find_story (ClaimlineStore  *store,
            gint64           id,
            GError         **error)
{
  g_autoptr(GPtrArray) stories = claimline_store_list_stories (store, error);

  for (guint i = 0; stories != NULL && i < stories->len; i++)
    {
      ClaimlineStory *story = g_ptr_array_index (stories, i);

      if (story->id == id)
        return g_ptr_array_steal_index (stories, i);
    }
  return NULL;
}

int
claimline_cli_run_brief (CliOptions *options)
{
  g_auto(Selection) selection = { 0 };
  ClaimlineBriefFormat format = CLAIMLINE_BRIEF_MARKDOWN;

  if (options->format != NULL)
    claimline_brief_format_from_string (options->format, &format);
  if (options->json)
    format = CLAIMLINE_BRIEF_JSON;
  if (!select_stories (options, &selection))
    return EXIT_FAILED;

  for (guint s = 0; s < selection.stories->len; s++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ClaimlineStory) story = find_story (selection.store,
                                                    g_array_index (selection.stories, gint64, s),
                                                    &error);
      g_autoptr(GPtrArray) groups = NULL;
      g_autofree char *brief = NULL;

      if (story == NULL)
        {
          claimline_cli_print_error ("%s", error ? error->message : _("the story is gone"));
          return EXIT_FAILED;
        }
      groups = load_groups (&selection, story->id);
      if (groups == NULL)
        return EXIT_FAILED;
      brief = claimline_brief_render (story, groups, format);
      printf ("%s%s", s > 0 ? "\n" : "", brief);
    }
  return EXIT_OK;
}
