/* claimline-cli-claims.c: the claims and dates commands.
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "claimline-cli-json.h"
#include "claimline-cli-private.h"
#include "claimline-text.h"
#include "claimline-timex.h"

static void
target_clear (gpointer data)
{
  g_free (((Target *) data)->label);
}

/* The files given (imported first), or every stored article. */
GArray *
claimline_cli_collect_targets (CliOptions     *options,
                               ClaimlineStore *store)
{
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (Target));

  g_array_set_clear_func (targets, target_clear);
  if (options->args->len > 0)
    {
      for (guint i = 0; i < options->args->len; i++)
        {
          const char *argument = g_ptr_array_index (options->args, i);
          Target target;

          if (!claimline_cli_import_one (options, store, argument, &target.id, NULL))
            return NULL;
          target.label = g_str_has_prefix (argument, "http") ? g_strdup (argument)
                                                             : g_path_get_basename (argument);
          g_array_append_val (targets, target);
        }
    }
  else
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) ids = claimline_store_list_article_ids (store, options->sort, &error);

      if (ids == NULL)
        {
          claimline_cli_print_error ("%s", error->message);
          return NULL;
        }
      for (guint i = 0; i < ids->len; i++)
        {
          Target target = { g_array_index (ids, gint64, i), NULL };

          target.label = g_strdup_printf ("%" G_GINT64_FORMAT, target.id);
          g_array_append_val (targets, target);
        }
    }
  return g_steal_pointer (&targets);
}

/* The characters FROM..TO of TEXT (offsets in characters). */
static char *
char_slice (const char *text,
            gsize       from,
            gsize       to)
{
  const char *start = g_utf8_offset_to_pointer (text, (glong) from);
  const char *end = g_utf8_offset_to_pointer (start, (glong) (to - from));

  return g_strndup (start, end - start);
}

static void
print_claim_json (const char           *label,
                  const char           *text,
                  const ClaimlineClaim *claim)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *sentence = char_slice (text, claim->sentence_start, claim->sentence_end);

  json_builder_begin_object (builder);
  claimline_cli_json_add_string (builder, "article", label);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, (gint64) claim->start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, (gint64) claim->end);
  claimline_cli_json_add_string (builder, "text", claim->text);
  claimline_cli_json_add_string (builder, "kind", claim->kind);
  claimline_cli_json_add_bound (builder, "low", claim->has_low, claim->low);
  claimline_cli_json_add_bound (builder, "high", claim->has_high, claim->high);
  claimline_cli_json_add_string (builder, "unit", claim->unit);
  json_builder_set_member_name (builder, "approx");
  json_builder_add_boolean_value (builder, claim->approx);
  json_builder_set_member_name (builder, "direction");
  json_builder_add_int_value (builder, claim->direction);
  claimline_cli_json_add_string (builder, "attribute", claim->attribute);
  claimline_cli_json_add_string (builder, "subject", claim->subject);
  claimline_cli_json_add_string (builder, "actor", claim->actor);
  claimline_cli_json_add_time (builder, claim);
  claimline_cli_json_add_string (builder, "modality", claimline_modality_to_string (claim->modality));
  claimline_cli_json_add_string (builder, "attribution", claim->attribution);
  claimline_cli_json_add_string (builder, "sentence", sentence);
  json_builder_end_object (builder);
  claimline_cli_print_json_line (builder);
}

static void
print_claim_line (const char           *label,
                  const ClaimlineClaim *claim)
{
  printf ("%-24.24s %5zu  %-8s %-24s %-14s %-16s %-10s %s\n", label, claim->start, claim->kind,
          claim->text, claim->attribute ? claim->attribute : "—",
          claim->subject ? claim->subject : "—",
          claim->time_value ? claim->time_value : "—",
          claimline_modality_to_string (claim->modality));
}

int
claimline_cli_run_claims (CliOptions *options)
{
  g_autoptr(ClaimlineStore) store = claimline_cli_open_working_store (options);
  g_autoptr(GArray) targets = NULL;

  if (store == NULL || (targets = claimline_cli_collect_targets (options, store)) == NULL)
    return EXIT_FAILED;

  for (guint t = 0; t < targets->len; t++)
    {
      const Target *target = &g_array_index (targets, Target, t);
      g_autoptr(GError) error = NULL;
      g_autoptr(ClaimlineArticle) article = claimline_store_load_article (store, target->id, &error);
      g_autoptr(GPtrArray) claims = NULL;

      if (article != NULL)
        claims = claimline_store_load_claims (store, target->id, &error);
      if (claims == NULL)
        {
          claimline_cli_print_error ("%s", error->message);
          return EXIT_FAILED;
        }
      for (guint i = 0; i < claims->len; i++)
        {
          if (options->json)
            print_claim_json (target->label, claimline_article_get_text (article),
                              g_ptr_array_index (claims, i));
          else
            print_claim_line (target->label, g_ptr_array_index (claims, i));
        }
    }
  return EXIT_OK;
}

static const char *
timex_type_name (ClaimlineTimexType type)
{
  switch (type)
    {
    case CLAIMLINE_TIMEX_TIME:
      return "TIME";
    case CLAIMLINE_TIMEX_DURATION:
      return "DURATION";
    case CLAIMLINE_TIMEX_SET:
      return "SET";
    case CLAIMLINE_TIMEX_DATE:
    default:
      return "DATE";
    }
}

static void
print_timex (CliOptions           *options,
             const char           *label,
             const char           *text,
             const ClaimlineTimex *timex,
             gsize                 start,
             gsize                 end)
{
  g_autofree char *span = g_strndup (text + timex->start, timex->end - timex->start);
  g_autoptr(JsonBuilder) builder = NULL;

  if (!options->json)
    {
      printf ("%-24.24s %5zu  %-9s %-14s %s\n", label, start, timex_type_name (timex->type),
              timex->value, span);
      return;
    }
  builder = json_builder_new ();
  json_builder_begin_object (builder);
  claimline_cli_json_add_string (builder, "article", label);
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, (gint64) start);
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, (gint64) end);
  claimline_cli_json_add_string (builder, "text", span);
  claimline_cli_json_add_string (builder, "type", timex_type_name (timex->type));
  claimline_cli_json_add_string (builder, "value", timex->value);
  claimline_cli_json_add_string (builder, "mod", timex->mod);
  claimline_cli_json_add_string (builder, "low", timex->low);
  claimline_cli_json_add_string (builder, "high", timex->high);
  json_builder_set_member_name (builder, "resolved");
  json_builder_add_boolean_value (builder, timex->resolved);
  json_builder_end_object (builder);
  claimline_cli_print_json_line (builder);
}

static void
print_dates_of (CliOptions       *options,
                const char       *label,
                ClaimlineArticle *article)
{
  const char *text = claimline_article_get_text (article);
  g_autoptr(GPtrArray) timexes = NULL;
  GDate dct;
  gboolean dated;
  gsize byte = 0, character = 0;

  g_date_clear (&dct, 1);
  dated = claimline_article_get_published_date (article, &dct);
  timexes = claimline_timex_find (text, -1, dated ? &dct : NULL);

  for (guint i = 0; i < timexes->len; i++)
    {
      const ClaimlineTimex *timex = g_ptr_array_index (timexes, i);
      gsize start = claimline_text_char_offset (text, byte, character, timex->start);
      gsize end = claimline_text_char_offset (text, timex->start, start, timex->end);

      byte = timex->start;
      character = start;
      print_timex (options, label, text, timex, start, end);
    }
}

int
claimline_cli_run_dates (CliOptions *options)
{
  g_autoptr(ClaimlineStore) store = claimline_cli_open_working_store (options);
  g_autoptr(GArray) targets = NULL;

  if (store == NULL || (targets = claimline_cli_collect_targets (options, store)) == NULL)
    return EXIT_FAILED;

  for (guint t = 0; t < targets->len; t++)
    {
      const Target *target = &g_array_index (targets, Target, t);
      g_autoptr(GError) error = NULL;
      g_autoptr(ClaimlineArticle) article = claimline_store_load_article (store, target->id, &error);

      if (article == NULL)
        {
          claimline_cli_print_error ("%s", error->message);
          return EXIT_FAILED;
        }
      print_dates_of (options, target->label, article);
    }
  return EXIT_OK;
}
