/* claimline-fetcher.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>

#include "claimline-error.h"
#include "claimline-fetcher.h"
#include "claimline-import.h"

#define DEFAULT_TIMEOUT_SECONDS 30

struct _ClaimlineFetcher
{
  GObject      parent_instance;

  SoupSession *session;
  gsize        max_bytes;
};

G_DEFINE_FINAL_TYPE (ClaimlineFetcher, claimline_fetcher, G_TYPE_OBJECT)

static void
claimline_fetcher_dispose (GObject *object)
{
  ClaimlineFetcher *self = (ClaimlineFetcher *)object;

  g_clear_object (&self->session);

  G_OBJECT_CLASS (claimline_fetcher_parent_class)->dispose (object);
}

static void
claimline_fetcher_class_init (ClaimlineFetcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = claimline_fetcher_dispose;
}

static void
claimline_fetcher_init (ClaimlineFetcher *self)
{
  self->session = soup_session_new_with_options ("user-agent", "Claimline/" PACKAGE_VERSION,
                                                 "timeout", DEFAULT_TIMEOUT_SECONDS,
                                                 NULL);
  self->max_bytes = CLAIMLINE_IMPORT_MAX_BYTES;
}

ClaimlineFetcher *
claimline_fetcher_new (void)
{
  return g_object_new (CLAIMLINE_TYPE_FETCHER, NULL);
}

void
claimline_fetcher_set_max_bytes (ClaimlineFetcher *self,
                                 gsize             max_bytes)
{
  g_return_if_fail (CLAIMLINE_IS_FETCHER (self));

  self->max_bytes = max_bytes;
}

void
claimline_fetcher_set_timeout (ClaimlineFetcher *self,
                               guint             seconds)
{
  g_return_if_fail (CLAIMLINE_IS_FETCHER (self));

  soup_session_set_timeout (self->session, seconds);
}

/* Reads the body, refusing to hold more than MAX_BYTES of it. */
static GBytes *
read_body (GInputStream  *stream,
           gsize          max_bytes,
           const char    *url,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GByteArray) body = g_byte_array_new ();
  guint8 buffer[16384];

  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer, sizeof buffer, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (body->len + (gsize) n > max_bytes)
        {
          g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_TOO_LARGE,
                       "%s is larger than %zu bytes", url, max_bytes);
          return NULL;
        }
      g_byte_array_append (body, buffer, (guint) n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&body));
}

GBytes *
claimline_fetcher_fetch (ClaimlineFetcher  *self,
                         const char        *url,
                         char             **out_content_type,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) body = NULL;
  guint status;

  g_return_val_if_fail (CLAIMLINE_IS_FETCHER (self), NULL);
  g_return_val_if_fail (url != NULL, NULL);

  message = soup_message_new (SOUP_METHOD_GET, url);
  if (message == NULL || !g_str_has_prefix (url, "http"))
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_INVALID_ARGUMENT,
                   "“%s” is not an http or https address", url);
      return NULL;
    }

  stream = soup_session_send (self->session, message, cancellable, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_FAILED,
                   "Cannot fetch %s: %s", url, local_error->message);
      return NULL;
    }

  status = soup_message_get_status (message);
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      g_set_error (error, CLAIMLINE_ERROR,
                   status == SOUP_STATUS_NOT_FOUND || status == SOUP_STATUS_GONE
                     ? CLAIMLINE_ERROR_NOT_FOUND : CLAIMLINE_ERROR_FAILED,
                   "Cannot fetch %s: the server answered %u %s", url, status,
                   soup_message_get_reason_phrase (message));
      return NULL;
    }

  body = read_body (stream, self->max_bytes, url, cancellable, error);
  if (body == NULL)
    return NULL;

  if (out_content_type != NULL)
    *out_content_type = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (message),
                                                                "Content-Type"));
  return g_steal_pointer (&body);
}

ClaimlineDocument *
claimline_fetcher_import_url (ClaimlineFetcher  *self,
                              const char        *url,
                              GCancellable      *cancellable,
                              GError           **error)
{
  g_autofree char *content_type = NULL;
  g_autoptr(GBytes) body = NULL;
  ClaimlineDocument *document;

  body = claimline_fetcher_fetch (self, url, &content_type, cancellable, error);
  if (body == NULL)
    return NULL;

  document = claimline_import_bytes (body, url, content_type, error);
  if (document != NULL && document->url == NULL)
    document->url = g_strdup (url);
  return document;
}
