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

/* claimline-feed-encoding.c: bytes to UTF-8 */
char          *claimline_feed_decode               (GBytes         *bytes,
                                                    const char     *content_type,
                                                    char          **out_encoding,
                                                    gboolean       *out_recovered,
                                                    GError        **error);

/* claimline-feed-xml.c: the hardened XML reader and node helpers */
gboolean       claimline_feed_xml_read             (const char     *text,
                                                    const char     *feed_url,
                                                    FeedXml        *xml,
                                                    GError        **error);
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
ClaimlineFeedEnclosure *claimline_feed_enclosure_new (const char *url,
                                                      const char *type,
                                                      const char *length);

/* The format readers fill FEED from a parsed document. */
void           claimline_feed_read_rss             (ClaimlineFeed  *feed,
                                                    FeedXml        *xml,
                                                    const char     *feed_url);
void           claimline_feed_read_atom            (ClaimlineFeed  *feed,
                                                    FeedXml        *xml,
                                                    const char     *feed_url);
gboolean       claimline_feed_read_json            (ClaimlineFeed  *feed,
                                                    const char     *text,
                                                    const char     *feed_url,
                                                    GError        **error);

G_END_DECLS
