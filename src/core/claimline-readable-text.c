/* claimline-readable-text.c: the visible text of a chosen element
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "claimline-readable-private.h"
#include "claimline-text-decode.h"

#define LEFT_OUT (NODE_SKIP | NODE_DROPPED | NODE_JUNK)

static void write_children (GString *out,
                            xmlNode *element,
                            gboolean in_pre);

/* Source line breaks are spaces, except inside <pre>. */
static void
write_text_node (GString    *out,
                 const char *content,
                 gboolean    in_pre)
{
  gsize start = out->len;

  g_string_append (out, content);
  if (in_pre)
    return;
  for (gsize i = start; i < out->len; i++)
    if (out->str[i] == '\n' || out->str[i] == '\r' || out->str[i] == '\t')
      out->str[i] = ' ';
}

static void
write_element (GString *out,
               xmlNode *element,
               gboolean in_pre)
{
  ReadableNode *node = readable_node (element);
  char separator;

  if (node == NULL || (node->flags & LEFT_OUT) != 0)
    return;
  if (xmlStrEqual (element->name, (const xmlChar *) "br"))
    {
      g_string_append_c (out, '\n');
      return;
    }

  /* cells of a row run on; other blocks are paragraphs */
  separator = (node->flags & NODE_CELL) ? ' ' : (node->flags & NODE_BLOCK) ? '\n' : '\0';
  if (separator != '\0')
    g_string_append_c (out, separator);
  write_children (out, element, in_pre || (node->flags & NODE_PRE) != 0);
  if (separator != '\0')
    g_string_append_c (out, separator);
}

static void
write_children (GString *out,
                xmlNode *element,
                gboolean in_pre)
{
  for (xmlNode *child = element->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        write_text_node (out, (const char *) child->content, in_pre);
      else if (child->type == XML_ELEMENT_NODE)
        write_element (out, child, in_pre);
    }
}

GPtrArray *
readable_write_paragraphs (xmlNode *top)
{
  g_autoptr(GString) raw = g_string_new (NULL);
  g_autofree char *normalised = NULL;

  write_element (raw, top, FALSE);
  normalised = claimline_text_normalise (raw->str);
  return claimline_text_split_paragraphs (normalised, FALSE);
}
