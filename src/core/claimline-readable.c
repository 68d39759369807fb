/* claimline-readable.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <libxml/HTMLparser.h>

#include "claimline-error.h"
#include "claimline-readable-private.h"

/* The text is decoded already, so the page's own charset hint is ignored;
 * nothing is fetched and no external entity is loaded. */
#define PARSE_OPTIONS (HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING \
                       | HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

static xmlNode *
find_body (xmlNode *root)
{
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && xmlStrEqual (child->name, (const xmlChar *) "body"))
      return child;
  return root;
}

ClaimlineReadable *
claimline_readable_extract (const char  *html,
                            gsize        length,
                            const char  *page_url,
                            GError     **error)
{
  g_autoptr(ClaimlineReadable) readable = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *root;

  g_return_val_if_fail (html != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > G_MAXINT)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE, "The HTML page is too large");
      return NULL;
    }
  doc = length > 0 ? htmlReadMemory (html, (int) length, page_url, "UTF-8", PARSE_OPTIONS) : NULL;
  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  if (root == NULL)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_PARSE, "Cannot parse the HTML page");
      return NULL;
    }

  readable = g_new0 (ClaimlineReadable, 1);
  readable_read_metadata (doc, page_url, readable);
  readable->text = readable_main_text (find_body (root), readable->title, &readable->confident);
  return g_steal_pointer (&readable);
}

void
claimline_readable_free (ClaimlineReadable *readable)
{
  if (readable == NULL)
    return;
  g_free (readable->title);
  g_free (readable->byline);
  g_free (readable->published);
  g_free (readable->site_name);
  g_free (readable->canonical_url);
  g_free (readable->text);
  g_free (readable);
}
