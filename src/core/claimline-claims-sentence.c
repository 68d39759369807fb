/* claimline-claims-sentence.c
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One sentence taken apart for claim assembly: words, clauses, the names
 * it mentions, who it cites and how sure it is.
 */

#include "config.h"

#include <string.h>

#include "claimline-claims-private.h"
#include "claimline-phrases-private.h"

#define ENTITIES "claim-entities"
#define MAX_NAME_WORDS 6

/* Whether the LENGTH bytes at WORD are EXPECTED (a string constant, so
 * that its length is known when compiling). */
#define WORD_EQUALS(word, length, expected) \
  ((length) == sizeof (expected) - 1 && memcmp ((word), (expected), sizeof (expected) - 1) == 0)

/* Words that open a new clause: "and", "while", "which", … */
static gboolean
is_clause_word (const char *word,
                guint       length)
{
  /* By first letter and length: every word of a sentence is asked. */
  switch (word[0])
    {
    case 'a':
      return WORD_EQUALS (word, length, "and") || WORD_EQUALS (word, length, "after") ||
             WORD_EQUALS (word, length, "although");
    case 'b':
      return WORD_EQUALS (word, length, "but");
    case 'f':
      return WORD_EQUALS (word, length, "following");
    case 't':
      return WORD_EQUALS (word, length, "though");
    case 'w':
      return WORD_EQUALS (word, length, "which") || WORD_EQUALS (word, length, "while") ||
             WORD_EQUALS (word, length, "whereas");
    default:
      return FALSE;
    }
}

static const char *
entity_role (const ClaimlineSentence *sentence,
             guint                    i)
{
  return sentence->roles[i];
}

/* The lexicons claim assembly asks about every word, in one index. */
static const char * const word_tables[] = {
  ENTITIES, "claim-attributes", "claim-modality", "claim-date-events", "claim-attribution",
};

/* The per-word arrays of SENTENCE, zeroed, in one block owned by ROLES;
 * the block of the sentence before is reused when it is large enough. */
static void
allocate_word_arrays (ClaimlineSentence *sentence)
{
  gsize n = MAX (sentence->n_words, 1);
  gsize size = n * (5 * sizeof (gpointer) + 2 * sizeof (guint));
  gpointer *block;

  if (n > sentence->word_capacity)
    {
      g_free (sentence->roles);
      sentence->roles = g_malloc (size);
      sentence->word_capacity = n;
    }
  block = (gpointer *) sentence->roles;
  memset (block, 0, size);
  sentence->attribute_cues = (const ClaimlinePhrase **) block + n;
  sentence->modality_cues = (const ClaimlinePhrase **) block + 2 * n;
  sentence->event_cues = (const ClaimlinePhrase **) block + 3 * n;
  sentence->attribution_cues = (const ClaimlinePhrase **) block + 4 * n;
  sentence->clause = (guint *) (block + 5 * n);
  sentence->lengths = sentence->clause + n;
}

/* Looks every word up once in the lexicons claim assembly asks about. */
static void
index_words (ClaimlineSentence *sentence)
{
  static gsize initialised;
  static const ClaimlineWordIndex *index;
  const char * const *lower = (const char * const *) sentence->lower;
  guint n = sentence->n_words;

  if (g_once_init_enter (&initialised))
    {
      index = claimline_word_index_get (word_tables, G_N_ELEMENTS (word_tables));
      g_once_init_leave (&initialised, 1);
    }

  for (guint i = 0; i < n; i++)
    {
      GPtrArray * const *lists = claimline_word_index_find (index, lower[i], sentence->lengths[i]);
      const ClaimlinePhrase *entity;

      /* Most words start no phrase of any lexicon, and the others those
       * of one or two. */
      if (lists == NULL)
        continue;
      /* The entity lexicon gives roles of single words. */
      entity = lists[0] ? claimline_phrase_list_match (lists[0], lower, i + 1, i) : NULL;
      sentence->roles[i] = entity ? entity->value : NULL;
      if (lists[1] != NULL)
        sentence->attribute_cues[i] = claimline_phrase_list_match (lists[1], lower, n, i);
      if (lists[2] != NULL)
        sentence->modality_cues[i] = claimline_phrase_list_match (lists[2], lower, n, i);
      if (lists[3] != NULL)
        sentence->event_cues[i] = claimline_phrase_list_match (lists[3], lower, n, i);
      if (lists[4] != NULL)
        sentence->attribution_cues[i] = claimline_phrase_list_match (lists[4], lower, n, i);
    }
}

static gboolean
opens_paragraph (const char *text,
                 gsize       start)
{
  while (start > 0 && text[start - 1] == ' ')
    start--;
  return start == 0 || text[start - 1] == '\n';
}

static gboolean
role_is (const char *role,
         const char *expected)
{
  /* the first letter tells most roles apart without a call */
  return role != NULL && role[0] == expected[0] && strcmp (role, expected) == 0;
}

static const char *
word_start (const ClaimlineSentence *sentence,
            guint                    i)
{
  return sentence->text + g_array_index (sentence->words, ClaimlineSpan, i).start;
}

/* Inline: every word of a sentence is asked, most of them ASCII. */
static inline gboolean
is_capitalised (const ClaimlineSentence *sentence,
                guint                    i)
{
  const char *start = word_start (sentence, i);

  if ((guchar) *start < 0x80)
    return g_ascii_isupper (*start);
  return g_unichar_isupper (g_utf8_get_char (start));
}

/* Whether the lower-cased word I is EXPECTED, a short ASCII word. */
static inline gboolean
word_is (const ClaimlineSentence *sentence,
         guint                    i,
         const char              *expected)
{
  return sentence->lower[i][0] == expected[0] && sentence->lengths[i] == strlen (expected) &&
         memcmp (sentence->lower[i], expected, sentence->lengths[i]) == 0;
}

/* "AI", "U.S", "PYMNTS": two or more letters, every one a capital. */
static gboolean
is_acronym (const ClaimlineSentence *sentence,
            guint                    i)
{
  ClaimlineSpan span = g_array_index (sentence->words, ClaimlineSpan, i);
  gsize end = span.end;
  guint n_letters = 0;

  /* "AI’s" is the acronym "AI" in the possessive. */
  if (end - span.start > 2 && sentence->text[end - 1] == 's' && sentence->text[end - 2] == '\'')
    end -= 2;
  else if (end - span.start > 4 && sentence->text[end - 1] == 's' &&
           memcmp (sentence->text + end - 4, "\xe2\x80\x99", 3) == 0)
    end -= 4;
  for (gsize k = span.start; k < end; k++)
    {
      char c = sentence->text[k];

      if (g_ascii_islower (c))
        return FALSE;
      n_letters += g_ascii_isupper (c) ? 1 : 0;
    }
  return n_letters >= 2;
}

/* "Francisco-based", "AI-powered": a capitalised word that is an adjective. */
static gboolean
is_hyphen_adjective (const ClaimlineSentence *sentence,
                     guint                    i)
{
  ClaimlineSpan span = g_array_index (sentence->words, ClaimlineSpan, i);

  for (gsize k = span.end; k > span.start + 1; k--)
    if (sentence->text[k - 1] == '-')
      return k < span.end && g_ascii_islower (sentence->text[k]);
  return FALSE;
}

/* Lower-cases the words into one buffer: ASCII the fast way, the rest with
 * GLib; a possessive "'s" is dropped so that "Meta's" looks up as "meta". */
static void
lower_words (ClaimlineSentence *sentence)
{
  static char ascii_lower[256]; /* ASCII lower-cased, 0 for the other bytes */
  static gsize ready;
  gsize total = 0;
  char *buffer;

  if (g_once_init_enter (&ready))
    {
      for (guint b = 1; b < 0x80; b++)
        ascii_lower[b] = g_ascii_tolower (b);
      g_once_init_leave (&ready, 1);
    }

  /* room for every word lower-cased (at most twice its bytes) and its NUL:
   * the words lie in order within the bytes from the first to the last */
  if (sentence->n_words > 0)
    total = (g_array_index (sentence->words, ClaimlineSpan, sentence->n_words - 1).end -
             g_array_index (sentence->words, ClaimlineSpan, 0).start) * 2 + sentence->n_words;
  /* The buffers of the sentence before, grown when too small. */
  if (sentence->n_words + 1 > sentence->lower_capacity)
    {
      sentence->lower_capacity = MAX (sentence->n_words + 1, 2 * sentence->lower_capacity);
      sentence->lower = g_renew (char *, sentence->lower, sentence->lower_capacity);
    }
  sentence->lower[sentence->n_words] = NULL;
  if (total + 1 > sentence->lower_buffer_size)
    {
      sentence->lower_buffer_size = MAX (total + 1, 2 * sentence->lower_buffer_size);
      g_free (sentence->lower_buffer);
      sentence->lower_buffer = g_malloc (sentence->lower_buffer_size);
    }
  buffer = sentence->lower_buffer;

  for (guint i = 0; i < sentence->n_words; i++)
    {
      ClaimlineSpan span = g_array_index (sentence->words, ClaimlineSpan, i);
      const char *word = sentence->text + span.start;
      gsize n = span.end - span.start;
      gsize k;

      for (k = 0; k < n; k++)
        {
          char c = ascii_lower[(guchar) word[k]];

          if (c == '\0')
            break; /* beyond ASCII */
          buffer[k] = c;
        }
      if (k < n)
        {
          g_autofree char *down = g_utf8_strdown (word, (gssize) n);
          gsize m = MIN (strlen (down), n * 2);

          memcpy (buffer, down, m);
          buffer[m] = '\0';
          n = m;
        }
      if (n > 2 && buffer[n - 1] == 's' && buffer[n - 2] == '\'')
        n -= 2;
      else if (n > 4 && buffer[n - 1] == 's' && memcmp (buffer + n - 4, "\xe2\x80\x99s", 4) == 0)
        n -= 4;
      buffer[n] = '\0';
      sentence->lower[i] = buffer;
      sentence->lengths[i] = n;
      buffer += n + 1;
    }
}

static gboolean
gap_ends_clause (const char *text,
                 gsize       from,
                 gsize       to)
{
  for (gsize k = from; k < to; k++)
    {
      char c = text[k];

      /* A comma between digits is a thousands separator, not a pause. */
      if (c == ',' && k > 0 && g_ascii_isdigit (text[k - 1]) &&
          k + 1 < to + 1 && g_ascii_isdigit (text[k + 1]))
        continue;
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')')
        return TRUE;
      /* Dashes set off with spaces: " — " and " – ". */
      if ((guchar) c == 0xE2 && k + 2 < to && (guchar) text[k + 1] == 0x80 &&
          ((guchar) text[k + 2] == 0x94 || (guchar) text[k + 2] == 0x93))
        return TRUE;
    }
  return FALSE;
}

static void
number_clauses (ClaimlineSentence *sentence)
{
  guint clause = 0;

  for (guint i = 0; i < sentence->n_words; i++)
    {
      if (i > 0)
        {
          gsize gap_start = g_array_index (sentence->words, ClaimlineSpan, i - 1).end;
          gsize gap_end = g_array_index (sentence->words, ClaimlineSpan, i).start;

          if (gap_ends_clause (sentence->text, gap_start, gap_end) ||
              is_clause_word (sentence->lower[i], sentence->lengths[i]))
            clause++;
        }
      sentence->clause[i] = clause;
    }
}

static gboolean
looks_like_heading (const ClaimlineSentence *sentence)
{
  gsize end = sentence->end;

  while (end > sentence->start)
    {
      const char *prev = g_utf8_find_prev_char (sentence->text + sentence->start,
                                                sentence->text + end);
      gunichar c = g_utf8_get_char (prev);

      if (c == '"' || c == 0x201D || c == 0x2019 || c == '\'' || c == ')')
        {
          end = prev - sentence->text;
          continue;
        }
      if (c == '.' || c == '!' || c == '?' || c == 0x2026)
        return FALSE;
      break;
    }
  return sentence->n_words < 12;
}

static void
add_mention (ClaimlineSentence *sentence,
             guint              first,
             guint              last,
             char              *name,
             gboolean           is_person,
             gboolean           is_anaphor)
{
  ClaimlineMention mention = { first, last, name, is_person, is_anaphor, FALSE };

  g_array_append_val (sentence->mentions, mention);
}

/* Only spaces between word K - 1 and word K: a name does not run on over
 * a comma or a bracket. */
static gboolean
joined_by_space (const ClaimlineSentence *sentence,
                 guint                    k)
{
  gsize from = g_array_index (sentence->words, ClaimlineSpan, k - 1).end;
  gsize to = g_array_index (sentence->words, ClaimlineSpan, k).start;

  for (gsize i = from; i < to; i++)
    if (sentence->text[i] != ' ')
      return FALSE;
  return TRUE;
}

/* What "it" or "the company" stands for here: an organisation named earlier
 * in the same sentence, else the topic carried over from before. */
static const char *
antecedent (const ClaimlineSentence  *sentence,
            const ClaimlineDiscourse *discourse,
            guint                     word)
{
  /* "Scale AI reported … and it expects": the subject named earlier in the
   * same sentence. */
  for (guint m = 0; m < sentence->mentions->len; m++)
    {
      const ClaimlineMention *mention = &g_array_index (sentence->mentions, ClaimlineMention, m);

      if (mention->first_word < word && !mention->is_person && !mention->is_anaphor)
        return mention->name;
    }
  /* In a story of one company investing in another, the investor goes by its
   * name and "the company" is the one being invested in. */
  if (discourse->investment_target != NULL && g_strcmp0 (discourse->topic, discourse->investor) == 0)
    return discourse->investment_target;
  return discourse->topic;
}

/* "the company", "the San Francisco-based startup", "it", "its": the last
 * organisation named.  Returns the last word used, or FIRST - 1. */
static guint
match_anaphor (ClaimlineSentence  *sentence,
               ClaimlineDiscourse *discourse,
               guint               first)
{
  const char *role = entity_role (sentence, first);
  const char *name;

  if (role_is (role, "pronoun"))
    {
      name = antecedent (sentence, discourse, first);
      if (name != NULL)
        add_mention (sentence, first, first, g_strdup (name), FALSE, TRUE);
      return first;
    }
  if (!word_is (sentence, first, "the"))
    return first - 1;
  for (guint k = first + 1; k < sentence->n_words && k <= first + 4; k++)
    if (role_is (entity_role (sentence, k), "anaphor"))
      {
        /* "the start-up Scale AI": the name that follows is the mention. */
        if (k + 1 < sentence->n_words && is_capitalised (sentence, k + 1) &&
            joined_by_space (sentence, k + 1))
          return first - 1;
        name = antecedent (sentence, discourse, first);
        if (name != NULL)
          add_mention (sentence, first, k, g_strdup (name), FALSE, TRUE);
        return k;
      }
  return first - 1;
}

static gboolean
can_continue_name (const ClaimlineSentence *sentence,
                   guint                    k)
{
  const char *role;

  if (!joined_by_space (sentence, k) || !is_capitalised (sentence, k) ||
      is_hyphen_adjective (sentence, k))
    return FALSE;
  role = entity_role (sentence, k);
  if (role_is (role, "person"))
    return FALSE;
  return role == NULL || role_is (role, "suffix") || is_acronym (sentence, k);
}

static char *
canonical_name (const ClaimlineSentence *sentence,
                guint                    first,
                guint                    last)
{
  GString *name;
  gsize start, end;
  gboolean single_spaced = TRUE;

  /* Corporate suffixes at the end do not tell two mentions apart. */
  while (last > first && role_is (entity_role (sentence, last), "suffix"))
    last--;

  /* Words one space apart, the usual case, are the text itself. */
  for (guint k = first + 1; k <= last && single_spaced; k++)
    {
      gsize gap = g_array_index (sentence->words, ClaimlineSpan, k - 1).end;

      single_spaced = g_array_index (sentence->words, ClaimlineSpan, k).start == gap + 1 &&
                      sentence->text[gap] == ' ';
    }
  start = g_array_index (sentence->words, ClaimlineSpan, first).start;
  end = g_array_index (sentence->words, ClaimlineSpan, last).end;
  if (single_spaced)
    {
      if (end - start >= 2 && memcmp (sentence->text + end - 2, "'s", 2) == 0)
        end -= 2;
      else if (end - start >= 4 && memcmp (sentence->text + end - 4, "\xe2\x80\x99s", 4) == 0)
        end -= 4;
      return g_strndup (sentence->text + start, end - start);
    }

  name = g_string_new (NULL);
  for (guint k = first; k <= last; k++)
    {
      ClaimlineSpan span = g_array_index (sentence->words, ClaimlineSpan, k);

      if (k > first)
        g_string_append_c (name, ' ');
      g_string_append_len (name, sentence->text + span.start, span.end - span.start);
    }
  if (g_str_has_suffix (name->str, "'s"))
    g_string_truncate (name, name->len - 2);
  else if (g_str_has_suffix (name->str, "\xe2\x80\x99s"))
    g_string_truncate (name, name->len - 4);
  return g_string_free (name, FALSE);
}

static gboolean
in_parentheses (const ClaimlineSentence *sentence,
                guint                    i)
{
  ClaimlineSpan span = g_array_index (sentence->words, ClaimlineSpan, i);

  return span.start > sentence->start && sentence->text[span.start - 1] == '(' &&
         span.end < sentence->end && sentence->text[span.end] == ')';
}

/* A person is named after a title ("CEO Alexandr Wang") or before one set
 * off by a comma ("Mark Zuckerberg, Meta's CEO"). */
static gboolean
is_person_name (const ClaimlineSentence *sentence,
                guint                    first,
                guint                    last)
{
  if (first > 0 && role_is (entity_role (sentence, first - 1), "person"))
    return TRUE;
  /* "founded in 2016 by Alexandr Wang", "led by …" */
  if (first > 1 && word_is (sentence, first - 1, "by"))
    for (guint k = first - 1; k > 0 && k + 5 > first; k--)
      if (role_is (entity_role (sentence, k - 1), "by-person"))
        return TRUE;
  if (last + 1 < sentence->n_words && sentence->clause[last + 1] != sentence->clause[last])
    for (guint k = last + 1; k < sentence->n_words && k <= last + 3; k++)
      if (role_is (entity_role (sentence, k), "person"))
        return TRUE;
  return FALSE;
}

/* How many words are looked for in the text itself before its names are
 * all collected at once: a look is a quick pass over the text (a search
 * for one capital letter), collecting them all costs a few looks.  Most
 * articles ask for fewer. */
#define NAME_SEARCHES 8

/* Whether the text writes WORD capitalised where a sentence does not start. */
static gboolean
is_known_name (ClaimlineDiscourse *discourse,
               const char         *word)
{
  if (discourse->known_names == NULL && ++discourse->name_searches > NAME_SEARCHES)
    discourse->known_names = claimline_text_names (discourse->text);
  if (discourse->known_names != NULL)
    return g_hash_table_contains (discourse->known_names, word);
  return claimline_text_has_name (discourse->text, word);
}

/* A capitalised run of words; returns the last word used, or FIRST - 1. */
static guint
match_name (ClaimlineSentence  *sentence,
            ClaimlineDiscourse *discourse,
            guint               first)
{
  const char *role = entity_role (sentence, first);
  guint last = first;
  gboolean is_person;
  char *name;

  if (!is_capitalised (sentence, first) || is_hyphen_adjective (sentence, first))
    return first - 1;
  if (role != NULL && !role_is (role, "suffix") && !role_is (role, "by-person"))
    return first - 1;

  while (last + 1 < sentence->n_words && last + 1 - first < MAX_NAME_WORDS)
    {
      if (can_continue_name (sentence, last + 1))
        last++;
      else if (last + 2 < sentence->n_words && word_is (sentence, last + 1, "of") &&
               joined_by_space (sentence, last + 1) && can_continue_name (sentence, last + 2))
        last += 2;
      else
        break;
    }
  if (last + 1 < sentence->n_words && is_capitalised (sentence, last + 1) &&
      is_hyphen_adjective (sentence, last + 1))
    return last + 1; /* "San Francisco-based": a place used as an adjective */
  /* One capitalised word opening a sentence is a name only if the text
   * writes it capitalised elsewhere too ("Meta", not "Revenue"). */
  if (first == 0 && first == last && !is_acronym (sentence, first) &&
      !is_known_name (discourse, sentence->lower[first]))
    return first - 1;
  if (first == last && sentence->lengths[first] < 2)
    return first - 1; /* "Series F" */
  /* "machine learning (ML)": an abbreviation of the words before it. */
  if (first == last && is_acronym (sentence, first) && in_parentheses (sentence, first))
    return first;

  is_person = is_person_name (sentence, first, last);
  name = canonical_name (sentence, first, last);
  add_mention (sentence, first, last, name, is_person, FALSE);
  return last;
}

static void
find_mentions (ClaimlineSentence  *sentence,
               ClaimlineDiscourse *discourse)
{
  for (guint i = 0; i < sentence->n_words; i++)
    {
      guint last = match_anaphor (sentence, discourse, i);

      if (last + 1 == i)
        last = match_name (sentence, discourse, i);
      if (last + 1 != i)
        i = last;
    }
}

static gboolean
is_investment (const char *attribute)
{
  return attribute != NULL &&
         (strcmp (attribute, "investment") == 0 || strcmp (attribute, "deal value") == 0);
}

/* The first name within a few words after word K, or NULL. */
static const ClaimlineMention *
name_after (const ClaimlineSentence *sentence,
            guint                    k)
{
  for (guint m = 0; m < sentence->mentions->len; m++)
    {
      const ClaimlineMention *mention = &g_array_index (sentence->mentions, ClaimlineMention, m);

      if (mention->first_word > k && mention->first_word <= k + 8 &&
          !mention->is_person && !mention->is_source)
        return mention;
    }
  return NULL;
}

static gboolean
investment_cue_in (const ClaimlineSentence *sentence,
                   guint                    from,
                   guint                    to)
{
  for (guint k = from; k < to; k++)
    if (sentence->attribute_cues[k] != NULL && is_investment (sentence->attribute_cues[k]->value))
      return TRUE;
  return FALSE;
}

/* What money goes to: "invest … in X", "a stake in the start-up X" (the name
 * after an "in"/"into" that follows an investment cue), else "talks with X"
 * in a sentence about an investment.  The one nearest to word NEAR wins. */
static const ClaimlineMention *
find_investment_target (const ClaimlineSentence *sentence,
                        guint                    near)
{
  const ClaimlineMention *best = NULL;
  guint best_distance = G_MAXUINT;
  gboolean about_investment = investment_cue_in (sentence, 0, sentence->n_words);

  for (guint pass = 0; pass < 2 && best == NULL && about_investment; pass++)
    for (guint k = 1; k < sentence->n_words; k++)
      {
        const char *word = sentence->lower[k];
        const ClaimlineMention *mention;
        guint distance;

        if (pass == 0 ? (strcmp (word, "in") != 0 && strcmp (word, "into") != 0) ||
                        !investment_cue_in (sentence, 0, k)
                      : strcmp (word, "with") != 0)
          continue;
        mention = name_after (sentence, k);
        if (mention == NULL)
          continue;
        distance = mention->first_word > near ? mention->first_word - near : near - mention->first_word;
        if (distance < best_distance)
          {
            best = mention;
            best_distance = distance;
          }
      }
  return best;
}

/* What "it" and "the company" refer to: the first organisation a paragraph
 * names outright (a paragraph is about one thing), kept until another
 * paragraph names another. */
static void
update_topic (ClaimlineSentence  *sentence,
              ClaimlineDiscourse *discourse)
{
  if (sentence->opens_paragraph)
    discourse->topic_open = TRUE;
  if (!discourse->topic_open)
    return;

  for (guint m = 0; m < sentence->mentions->len; m++)
    {
      const ClaimlineMention *mention = &g_array_index (sentence->mentions, ClaimlineMention, m);

      if (mention->is_person || mention->is_source)
        continue;
      /* Only the sentence's subject sets the topic: a name in its first
       * clause, or right after a fronted phrase ("In 2024, Acme …"). */
      if (sentence->clause[mention->first_word] > 1)
        return;
      discourse->topic_open = FALSE;
      if (!mention->is_anaphor && g_strcmp0 (discourse->topic, mention->name) != 0)
        {
          g_free (discourse->topic);
          discourse->topic = g_strdup (mention->name);
        }
      return;
    }
}

/* An "invest … in X" is remembered for the figures of later sentences. */
static void
update_discourse (ClaimlineSentence  *sentence,
                  ClaimlineDiscourse *discourse)
{
  const ClaimlineMention *target = find_investment_target (sentence, 0);

  update_topic (sentence, discourse);
  if (target == NULL)
    return;
  g_free (discourse->investment_target);
  discourse->investment_target = g_strdup (target->name);
  for (guint m = 0; m < sentence->mentions->len; m++)
    {
      const ClaimlineMention *mention = &g_array_index (sentence->mentions, ClaimlineMention, m);

      if (mention->is_person || mention->is_source || mention == target ||
          strcmp (mention->name, target->name) == 0)
        continue;
      g_free (discourse->investor);
      discourse->investor = g_strdup (mention->name);
      break;
    }
}

void
claimline_discourse_init (ClaimlineDiscourse *discourse,
                          const char         *text)
{
  memset (discourse, 0, sizeof *discourse);
  discourse->text = text;
}

/* Whether the N bytes at S hold NEEDLE (lower case) in any case. */
static gboolean
contains_nocase (const char *s,
                 gsize       n,
                 const char *needle)
{
  gsize m = strlen (needle);

  for (gsize i = 0; i + m <= n; i++)
    if ((s[i] == needle[0] || s[i] == needle[0] - ('a' - 'A')) &&
        g_ascii_strncasecmp (s + i, needle, m) == 0)
      return TRUE;
  return FALSE;
}

/* Cheap tests on the raw bytes: a paragraph's first sentence, an open topic,
 * or the words of an investment ("invest", "stake") before an "in". */
gboolean
claimline_discourse_wants (const ClaimlineDiscourse *discourse,
                           const char               *text,
                           ClaimlineSpan             span)
{
  const char *sentence = text + span.start;
  gsize n;

  if (discourse->topic == NULL || discourse->topic_open || opens_paragraph (text, span.start))
    return TRUE;
  /* Most sentences hold none of these words: searched in place. */
  n = strnlen (sentence, span.end - span.start);
  return (contains_nocase (sentence, n, "invest") || contains_nocase (sentence, n, "stake")) &&
         (contains_nocase (sentence, n, " in ") || contains_nocase (sentence, n, " into "));
}

void
claimline_discourse_clear (ClaimlineDiscourse *discourse)
{
  g_clear_pointer (&discourse->known_names, g_hash_table_unref);
  g_clear_pointer (&discourse->topic, g_free);
  g_clear_pointer (&discourse->investment_target, g_free);
  g_clear_pointer (&discourse->investor, g_free);
}

static void
clear_mention (gpointer data)
{
  g_free (((ClaimlineMention *) data)->name);
}

static char *find_attribution (ClaimlineSentence *sentence);

ClaimlineSentence *
claimline_sentence_new (void)
{
  ClaimlineSentence *sentence = g_new0 (ClaimlineSentence, 1);

  sentence->words = g_array_new (FALSE, FALSE, sizeof (ClaimlineSpan));
  sentence->mentions = g_array_new (FALSE, FALSE, sizeof (ClaimlineMention));
  g_array_set_clear_func (sentence->mentions, clear_mention);
  return sentence;
}

void
claimline_sentence_read (ClaimlineSentence  *sentence,
                         const char         *text,
                         ClaimlineSpan       span,
                         ClaimlineDiscourse *discourse)
{
  /* A sentence that starts a line opens a paragraph. */
  sentence->opens_paragraph = opens_paragraph (text, span.start);

  sentence->text = text;
  sentence->start = span.start;
  sentence->end = span.end;
  g_array_set_size (sentence->words, 0);
  claimline_text_append_words (sentence->words, text, span.start, span.end);
  sentence->n_words = sentence->words->len;
  g_array_set_size (sentence->mentions, 0);
  g_clear_pointer (&sentence->attribution, g_free);

  allocate_word_arrays (sentence);
  lower_words (sentence);
  index_words (sentence);
  number_clauses (sentence);
  sentence->is_heading = looks_like_heading (sentence);
  find_mentions (sentence, discourse);
  sentence->attribution = find_attribution (sentence);
  /* A heading names things without being about them. */
  if (!sentence->is_heading)
    update_discourse (sentence, discourse);
}

void
claimline_sentence_free (ClaimlineSentence *sentence)
{
  if (sentence == NULL)
    return;
  g_array_unref (sentence->words);
  g_array_unref (sentence->mentions);
  g_free (sentence->attribution);
  g_free (sentence->lower_buffer);
  g_free (sentence->lower);
  g_free (sentence->roles); /* and the other per-word arrays */
  g_free (sentence);
}

guint
claimline_sentence_word_at (const ClaimlineSentence *sentence,
                            gsize                    offset)
{
  guint low = 0, high = sentence->n_words;

  while (low < high)
    {
      guint mid = (low + high) / 2;

      if (g_array_index (sentence->words, ClaimlineSpan, mid).end <= offset)
        low = mid + 1;
      else
        high = mid;
    }
  return MIN (low, sentence->n_words > 0 ? sentence->n_words - 1 : 0);
}

static ClaimlineMention *
mention_starting_after (const ClaimlineSentence *sentence,
                        guint                    after,
                        guint                    within)
{
  for (guint m = 0; m < sentence->mentions->len; m++)
    {
      ClaimlineMention *mention = &g_array_index (sentence->mentions, ClaimlineMention, m);

      if (mention->first_word > after && mention->first_word <= after + within)
        return mention;
    }
  return NULL;
}

static ClaimlineMention *
mention_ending_at (const ClaimlineSentence *sentence,
                   guint                    word)
{
  for (guint m = 0; m < sentence->mentions->len; m++)
    {
      ClaimlineMention *mention = &g_array_index (sentence->mentions, ClaimlineMention, m);

      if (mention->last_word == word)
        return mention;
    }
  return NULL;
}

static char *
words_text (const ClaimlineSentence *sentence,
            guint                    first,
            guint                    last)
{
  gsize start = g_array_index (sentence->words, ClaimlineSpan, first).start;
  gsize end = g_array_index (sentence->words, ClaimlineSpan, last).end;

  return g_strndup (sentence->text + start, end - start);
}

/* "Bloomberg reported that …", "…, the company said.": a reporting verb
 * cites its subject; "Acme reported strong growth" only describes Acme. */
static gboolean
cue_closes_report (const ClaimlineSentence *sentence,
                   guint                    last)
{
  if (last + 1 >= sentence->n_words)
    return TRUE;
  return strcmp (sentence->lower[last + 1], "that") == 0 ||
         sentence->clause[last + 1] != sentence->clause[last];
}

static char *
find_attribution (ClaimlineSentence *sentence)
{
  for (guint i = 0; i < sentence->n_words; i++)
    {
      const ClaimlinePhrase *cue = sentence->attribution_cues[i];
      guint last;

      if (cue == NULL)
        continue;
      last = i + cue->n_words - 1;

      if (strcmp (cue->value, "phrase") == 0)
        return words_text (sentence, i, last);
      if (strcmp (cue->value, "after") == 0)
        {
          ClaimlineMention *source = mention_starting_after (sentence, last, 8);
          guint end = last;

          if (source != NULL)
            {
              source->is_source = TRUE;
              return g_strdup (source->name);
            }
          /* No name: the words that follow, to the end of the clause. */
          while (end + 1 < sentence->n_words && end < last + 6 &&
                 sentence->clause[end + 1] == sentence->clause[last])
            end++;
          if (end > last)
            return words_text (sentence, last + 1, end);
        }
      if (strcmp (cue->value, "before") == 0 && i > 0 && cue_closes_report (sentence, last))
        {
          ClaimlineMention *source = mention_ending_at (sentence, i - 1);

          if (source != NULL && !source->is_anaphor)
            {
              source->is_source = TRUE;
              return g_strdup (source->name);
            }
        }
      i = last;
    }
  return NULL;
}

static int
modality_strength (ClaimlineModality modality)
{
  switch (modality)
    {
    case CLAIMLINE_MODALITY_DENIED:
      return 4;
    case CLAIMLINE_MODALITY_POSSIBLE:
      return 3;
    case CLAIMLINE_MODALITY_REPORTED:
      return 2;
    case CLAIMLINE_MODALITY_PROJECTED:
      return 1;
    case CLAIMLINE_MODALITY_STATED:
    default:
      return 0;
    }
}

ClaimlineModality
claimline_sentence_modality (const ClaimlineSentence *sentence,
                             guint                    first,
                             guint                    last)
{
  ClaimlineModality best = CLAIMLINE_MODALITY_STATED;
  guint clause = sentence->clause[first];

  for (guint i = 0; i < sentence->n_words; i++)
    {
      const ClaimlinePhrase *cue = sentence->modality_cues[i];
      const char *space;
      ClaimlineModality modality;

      if (cue == NULL || (i >= first && i <= last))
        continue;
      /* "reported", or "possible clause": only within its own clause. */
      space = strchr (cue->value, ' ');
      if (space != NULL && strcmp (space + 1, "clause") == 0 && sentence->clause[i] != clause)
        continue;
      if (claimline_modality_from_name (cue->value,
                                        space != NULL ? (gsize) (space - cue->value)
                                                      : strlen (cue->value),
                                        &modality) &&
          modality_strength (modality) > modality_strength (best))
        best = modality;
    }
  return best;
}

const char *
claimline_sentence_subject (const ClaimlineSentence  *sentence,
                            ClaimlineDiscourse       *discourse,
                            guint                     first,
                            guint                     last,
                            const char               *attribute,
                            const char              **out_actor)
{
  const ClaimlineMention *in_clause = NULL;
  const ClaimlineMention *before = NULL;
  const ClaimlineMention *anywhere = NULL;
  const ClaimlineMention *target = NULL;
  const char *target_name = NULL;

  *out_actor = NULL;
  if (is_investment (attribute))
    {
      target = find_investment_target (sentence, first);
      target_name = target ? target->name : discourse->investment_target;
    }

  for (guint m = 0; m < sentence->mentions->len; m++)
    {
      const ClaimlineMention *mention = &g_array_index (sentence->mentions, ClaimlineMention, m);

      if (mention->is_person || mention->is_source ||
          (target_name != NULL && strcmp (mention->name, target_name) == 0))
        continue;
      if (anywhere == NULL)
        anywhere = mention;
      if (mention->last_word < first)
        {
          if (before == NULL)
            before = mention;
          if (in_clause == NULL && sentence->clause[mention->first_word] == sentence->clause[first])
            in_clause = mention;
        }
    }

  /* An investment is about what the money goes to; who invests is the actor. */
  if (target_name != NULL)
    {
      const ClaimlineMention *investor = before ? before : anywhere;

      *out_actor = investor ? investor->name : discourse->investor;
      return target_name;
    }
  if (in_clause != NULL)
    return in_clause->name;
  if (before != NULL)
    return before->name;
  if (anywhere != NULL)
    return anywhere->name;
  return discourse->topic;
}
