/* claimline-cli-json.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "claimline-cli-json.h"

void
claimline_cli_print_json_line (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *line = NULL;

  json_generator_set_root (generator, root);
  line = json_generator_to_data (generator, NULL);
  printf ("%s\n", line);
}

/* Adds NAME with VALUE, or null when VALUE is NULL. */
void
claimline_cli_json_add_string (JsonBuilder *builder,
                               const char  *name,
                               const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

JsonBuilder *
claimline_cli_json_article (ClaimlineArticle *article,
                            gboolean          with_text)
{
  JsonBuilder *builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, claimline_article_get_id (article));
  claimline_cli_json_add_string (builder, "title", claimline_article_get_title (article));
  claimline_cli_json_add_string (builder, "outlet", claimline_article_get_outlet (article));
  claimline_cli_json_add_string (builder, "author", claimline_article_get_author (article));
  claimline_cli_json_add_string (builder, "url", claimline_article_get_url (article));
  claimline_cli_json_add_string (builder, "published", claimline_article_get_published (article));
  json_builder_set_member_name (builder, "claims");
  json_builder_add_int_value (builder, claimline_article_get_n_claims (article));
  json_builder_set_member_name (builder, "conflict");
  json_builder_add_boolean_value (builder, claimline_article_get_has_conflict (article));
  if (with_text)
    claimline_cli_json_add_string (builder, "text", claimline_article_get_text (article));
  json_builder_end_object (builder);
  return builder;
}

JsonBuilder *
claimline_cli_json_search_hit (const ClaimlineSearchHit *hit)
{
  JsonBuilder *builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, hit->article_id);
  claimline_cli_json_add_string (builder, "title", hit->title);
  claimline_cli_json_add_string (builder, "outlet", hit->outlet);
  claimline_cli_json_add_string (builder, "snippet", hit->snippet);
  json_builder_set_member_name (builder, "offset");
  json_builder_add_int_value (builder, hit->match_offset);
  json_builder_end_object (builder);
  return builder;
}

void
claimline_cli_json_add_bound (JsonBuilder *builder,
           const char  *name,
           gboolean     present,
           double       value)
{
  json_builder_set_member_name (builder, name);
  if (present)
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
claimline_cli_json_add_time (JsonBuilder          *builder,
                             const ClaimlineClaim *claim)
{
  json_builder_set_member_name (builder, "time");
  if (claim->time_value == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  claimline_cli_json_add_string (builder, "value", claim->time_value);
  claimline_cli_json_add_string (builder, "low", claim->time_low);
  claimline_cli_json_add_string (builder, "high", claim->time_high);
  json_builder_set_member_name (builder, "inferred");
  json_builder_add_boolean_value (builder, claim->time_inferred);
  json_builder_end_object (builder);
}

