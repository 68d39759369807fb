/* test-readable.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "claimline-error.h"
#include "claimline-readable.h"

static void
test_parse_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ClaimlineReadable) readable = claimline_readable_extract ("", 0, NULL, &error);

  g_assert_error (error, CLAIMLINE_ERROR, CLAIMLINE_ERROR_PARSE);
  g_assert_null (readable);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/readable/parse-error", test_parse_error);
  return g_test_run ();
}
