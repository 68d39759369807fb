/* claimline-document.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "claimline-types.h"

G_BEGIN_DECLS

/* What the import pipeline produces from one input and the store keeps as
 * one article. All strings are UTF-8; nullable fields are NULL when unknown
 * (an unknown publication date stays NULL, never "today"). */
struct _ClaimlineDocument
{
  char *title;        /* never NULL after import */
  char *outlet;       /* nullable */
  char *author;       /* nullable */
  char *url;          /* nullable: source URL or file URI */
  char *guid;         /* nullable: feed id, when the article came from a feed */
  char *published;    /* nullable: "YYYY-MM-DD" */
  gboolean published_ambiguous; /* read from "06/09/2025": month and day could swap */
  char *text;         /* normalised article text, paragraphs separated by "\n\n" */
  char *content_hash; /* SHA-256 hex of the raw input bytes */
  GPtrArray *claims;  /* ClaimlineClaim* found in text, in text order; NULL before extraction */
};

ClaimlineDocument *claimline_document_new  (void);

/* Reads a "YYYY-MM-DD" date as the store keeps them; FALSE for anything else. */
gboolean           claimline_iso_date_parse (const char *text,
                                             GDate      *date);
void               claimline_document_free (ClaimlineDocument *document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClaimlineDocument, claimline_document_free)

G_END_DECLS
