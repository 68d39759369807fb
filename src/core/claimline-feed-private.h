/* claimline-feed-private.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "claimline-feed.h"

G_BEGIN_DECLS

/* The namespaces the readers tell apart.  RSS has gone by several
 * namespace URIs (and none); they all count as FEED_NS_RSS. */
typedef enum
{
  FEED_NS_RSS,
  FEED_NS_ATOM10,
  FEED_NS_ATOM03,
  FEED_NS_DC,
  FEED_NS_DCTERMS,
  FEED_NS_CONTENT,
  FEED_NS_XHTML,
  FEED_NS_RDF,
  FEED_NS_ITUNES,
  FEED_NS_MEDIA,
  FEED_NS_OTHER,
} FeedNamespace;

/* What the XML reader hands the format readers. */
typedef struct
{
  xmlDoc   *doc;
  char     *doctype;    /* the document type declaration's head, or NULL */
  gboolean  recovered;  /* the document needed repairs */
} FeedXml;

/* claimline-feed-encoding.c: bytes to UTF-8.  The view is OUT_LENGTH
 * bytes, not NUL-terminated: BYTES's own data when they are UTF-8
 * already (a feed is not copied just to be read), else a new string
 * also returned in OUT_OWNED (NULL otherwise) for the caller to free. */
const char    *claimline_feed_decode_view          (GBytes         *bytes,
                                                    const char     *content_type,
                                                    char          **out_encoding,
                                                    gboolean       *out_recovered,
                                                    char          **out_owned,
                                                    gsize          *out_length,
                                                    GError        **error);
char          *claimline_feed_decode               (GBytes         *bytes,
                                                    const char     *content_type,
                                                    char          **out_encoding,
                                                    gboolean       *out_recovered,
                                                    GError        **error);

/* Offered each element just parsed under the root or under one of the
 * root's children; returns TRUE to take it: the reader then frees it
 * (with the text and comments just before it), so that a feed's tree
 * never holds more than one entry. */
typedef gboolean (*FeedXmlEntryFunc) (xmlNode  *node,
                                      gpointer  user_data);

/* claimline-feed-xml.c: the hardened XML reader and node helpers.
 * LENGTH is TEXT's, or -1 when it is NUL-terminated.  ENTRY_FUNC
 * (nullable) reads entries as they are parsed; XML->doc is the document
 * without the nodes it took. */
gboolean       claimline_feed_xml_read             (const char       *text,
                                                    gssize            length,
                                                    const char       *feed_url,
                                                    FeedXmlEntryFunc  entry_func,
                                                    gpointer          user_data,
                                                    FeedXml          *xml,
                                                    GError          **error);
void           claimline_feed_xml_clear            (FeedXml        *xml);
FeedNamespace  claimline_feed_xml_namespace        (xmlNode        *node);
gboolean       claimline_feed_xml_is               (xmlNode        *node,
                                                    FeedNamespace   ns,
                                                    const char     *name);
gboolean       claimline_feed_xml_has_name         (xmlNode        *node,
                                                    const char     *name);
xmlNode       *claimline_feed_xml_child            (xmlNode        *parent,
                                                    FeedNamespace   ns,
                                                    const char     *name);
char          *claimline_feed_xml_attribute        (xmlNode        *node,
                                                    const char     *name);
char          *claimline_feed_xml_text             (xmlNode        *node);
char          *claimline_feed_xml_inner_markup     (xmlNode        *node);
gboolean       claimline_feed_xml_has_elements     (xmlNode        *node);
char          *claimline_feed_xml_base             (xmlNode        *node,
                                                    const char     *feed_url);
char          *claimline_feed_xml_language         (xmlNode        *node);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FeedXml, claimline_feed_xml_clear)

/* claimline-feed-text.c: field values */
char          *claimline_feed_text_from_html       (const char     *html);
char          *claimline_feed_text_from_plain      (const char     *text);
char          *claimline_feed_text_line            (char           *text);
gboolean       claimline_feed_text_looks_like_html (const char     *text);
char          *claimline_feed_text_author_name     (const char     *text);
char          *claimline_feed_text_resolve_url     (const char     *base,
                                                    const char     *reference);
char          *claimline_feed_text_date            (const char     *text);
char          *claimline_feed_text_language        (const char     *text);
void           claimline_feed_text_add_category    (GPtrArray      *categories,
                                                    char           *category);

/* claimline-feed.c */
ClaimlineFeedEntry     *claimline_feed_entry_new     (void);
gboolean                claimline_feed_has_room      (ClaimlineFeed *feed,
                                                      guint          also_held);
ClaimlineFeedEnclosure *claimline_feed_enclosure_new (const char *url,
                                                      const char *type,
                                                      const char *length);

/* The format readers take entries as the parser completes them
 * (returning whether NODE was taken, see FeedXmlEntryFunc), then fill
 * FEED from what is left of the document: its head, and any entry the
 * parser never closed.  RSS items next to the channel (RSS 1.0) wait in
 * OUTSIDE, since they follow the channel's own. */
gboolean       claimline_feed_take_rss_item        (ClaimlineFeed  *feed,
                                                    GPtrArray      *outside,
                                                    xmlNode        *node,
                                                    const char     *feed_url);
void           claimline_feed_read_rss             (ClaimlineFeed  *feed,
                                                    GPtrArray      *outside,
                                                    FeedXml        *xml,
                                                    const char     *feed_url);
gboolean       claimline_feed_take_atom_entry      (ClaimlineFeed  *feed,
                                                    xmlNode        *node,
                                                    const char     *feed_url);
void           claimline_feed_read_atom            (ClaimlineFeed  *feed,
                                                    FeedXml        *xml,
                                                    const char     *feed_url);
gboolean       claimline_feed_read_json            (ClaimlineFeed  *feed,
                                                    const char     *text,
                                                    const char     *feed_url,
                                                    GError        **error);

G_END_DECLS
