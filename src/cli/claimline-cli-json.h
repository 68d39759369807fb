/* claimline-cli-json.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "claimline-store.h"

G_BEGIN_DECLS

/* Prints BUILDER's root as one line of JSON Lines output. */
void        claimline_cli_print_json_line    (JsonBuilder      *builder);

void        claimline_cli_json_add_string    (JsonBuilder      *builder,
                                              const char       *name,
                                              const char       *value);
JsonBuilder *claimline_cli_json_article      (ClaimlineArticle *article,
                                              gboolean          with_text);
void        claimline_cli_json_add_time      (JsonBuilder          *builder,
                                              const ClaimlineClaim *claim);
void        claimline_cli_json_add_bound     (JsonBuilder          *builder,
                                              const char           *name,
                                              gboolean              present,
                                              double                value);
JsonBuilder *claimline_cli_json_search_hit   (const ClaimlineSearchHit *hit);

G_END_DECLS
