/* claimline-timex-private.h
 *
 * Copyright 2026 The Claimline authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "claimline-timex.h"

G_BEGIN_DECLS

/* The recogniser works in three steps: a tokenizer turns the text into a
 * window of tokens whose words are already looked up in the lexicons; the
 * matchers try, at each token that can start an expression, the grammar of
 * each kind of expression and keep the longest; the winner is normalised
 * against the DCT into calendar points, durations or sets and formatted. */

/* Lexicon word classes (bits of TimexWord.classes).  A word may be in
 * several ("may", "second", "fall"). */
#define TW_MONTH            (G_GUINT64_CONSTANT (1) << 0)
#define TW_MONTH_AMBIGUOUS  (G_GUINT64_CONSTANT (1) << 1) /* "may", "march": also common English words */
#define TW_MONTH_ABBREV     (G_GUINT64_CONSTANT (1) << 2)
#define TW_WEEKDAY          (G_GUINT64_CONSTANT (1) << 3)
#define TW_WEEKDAY_ABBREV   (G_GUINT64_CONSTANT (1) << 4)
#define TW_WEEKDAY_PLURAL   (G_GUINT64_CONSTANT (1) << 5)
#define TW_UNIT             (G_GUINT64_CONSTANT (1) << 6)
#define TW_UNIT_PLURAL      (G_GUINT64_CONSTANT (1) << 7)
#define TW_UNIT_AMBIGUOUS   (G_GUINT64_CONSTANT (1) << 8) /* "second": an ordinal more often than a unit */
#define TW_SET_ADVERB       (G_GUINT64_CONSTANT (1) << 9) /* "annually", "daily" */
#define TW_NUMBER           (G_GUINT64_CONSTANT (1) << 10)
#define TW_ORDINAL          (G_GUINT64_CONSTANT (1) << 11)
#define TW_SCALE            (G_GUINT64_CONSTANT (1) << 12) /* "hundred", "thousand" */
#define TW_ARTICLE          (G_GUINT64_CONSTANT (1) << 13) /* "a", "an" */
#define TW_SHIFT            (G_GUINT64_CONSTANT (1) << 14) /* "last", "this", "next" */
#define TW_AGO              (G_GUINT64_CONSTANT (1) << 15) /* "ago", "earlier", "later" after an amount */
#define TW_DEICTIC          (G_GUINT64_CONSTANT (1) << 16) /* "today", "yesterday" */
#define TW_REF              (G_GUINT64_CONSTANT (1) << 17) /* "now", "recently" */
#define TW_SEASON           (G_GUINT64_CONSTANT (1) << 18)
#define TW_SEASON_AMBIGUOUS (G_GUINT64_CONSTANT (1) << 19) /* "fall", "spring" */
#define TW_PART_OF_DAY      (G_GUINT64_CONSTANT (1) << 20)
#define TW_CLOCK_WORD       (G_GUINT64_CONSTANT (1) << 21) /* "noon", "midnight" */
#define TW_POSITION         (G_GUINT64_CONSTANT (1) << 22) /* "early", "the end of" */
#define TW_AMOUNT_MOD       (G_GUINT64_CONSTANT (1) << 23) /* "about", "more than" */
#define TW_BOUND            (G_GUINT64_CONSTANT (1) << 24) /* "since", "by" */
#define TW_FUTURE           (G_GUINT64_CONSTANT (1) << 25) /* "will": the sentence speaks of the future */
#define TW_SET_CUE          (G_GUINT64_CONSTANT (1) << 26) /* "every", "each", "per" */
#define TW_ZONE             (G_GUINT64_CONSTANT (1) << 27) /* "GMT", "EST" */
#define TW_GRAMMAR          (G_GUINT64_CONSTANT (1) << 28) /* a function word the grammar names */
#define TW_PHRASE           (G_GUINT64_CONSTANT (1) << 29) /* starts a multi-word lexicon entry */
#define TW_EDGE             (G_GUINT64_CONSTANT (1) << 30) /* "earlier", "later" before "this year" */
#define TW_PHRASE_PART      (G_GUINT64_CONSTANT (1) << 31) /* a later word of a phrase */
#define TW_DECADE_WORD      (G_GUINT64_CONSTANT (1) << 32) /* "the nineties" */

/* The function words and notations the grammar refers to by name. */
typedef enum
{
  TG_NONE,
  TG_THE,
  TG_OF,
  TG_AND,
  TG_OR,
  TG_TO,
  TG_AT,
  TG_ON,
  TG_IN,
  TG_S,        /* possessive "'s" and plural "1990s" */
  TG_FISCAL,
  TG_FY,
  TG_Q,
  TG_H,
  TG_T,
  TG_ST,       /* ordinal suffixes: st, nd, rd, th */
  TG_SO,       /* "or so" */
  TG_OTHER,    /* "every other week" */
  TG_MORE,     /* "20 more years" */
  TG_HALF,
  TG_YEAR,     /* "the year 2000" (also a unit) */
  TG_AM,       /* "am", "a" in "a.m." */
  TG_PM,
  TG_M,        /* "m" in "a.m." */
  TG_OCLOCK,   /* "o" in "o'clock" */
  TG_CLOCK,
  TG_MOST,     /* "the most recent" */
  TG_DAY,
  TG_BEFORE,
  TG_AFTER,
  TG_FROM,
  TG_NOW,
  TG_EVERY,
  TG_WEEK,
  TG_PERIOD,   /* "the year-earlier period" */
  TG_AGO,
  TG_YEARS,
  TG_OLD,      /* "a 30-year-old": an age, not a period */
  TG_PER,
  TG_OVER,
  TG_WITHIN,
  TG_LAST,
  TG_LOCAL,
  TG_TIME,
  TG_DURING,
  TG_FOR,
  TG_THAT,
  TG_AS,
  TG_END,
  TG_RATE,     /* "twice", "percent", "billion": "a year" after them is a rate */
} TimexGrammar;

typedef enum
{
  TU_NONE,
  TU_SECOND,
  TU_MINUTE,
  TU_HOUR,
  TU_DAY,
  TU_WEEKEND,
  TU_WEEK,
  TU_FORTNIGHT,
  TU_MONTH,
  TU_QUARTER,
  TU_HALF,
  TU_SEASON,
  TU_YEAR,
  TU_DECADE,
  TU_CENTURY,
  TU_MILLENNIUM,
} TimexUnit;

typedef enum
{
  TP_NONE,
  TP_START,
  TP_MID,
  TP_END,
} TimexPosition;

/* One lexicon entry (a word or a phrase). */
typedef struct
{
  guint64     classes;
  TimexGrammar grammar;
  gint8       month;       /* 1-12 */
  gint8       weekday;     /* 1 (Monday) - 7 */
  gint8       unit;        /* TimexUnit */
  gint8       unit_count;  /* "biweekly" is every 2 weeks */
  gint8       season;      /* 0 spring, 1 summer, 2 autumn, 3 winter */
  gint8       shift;       /* -1 last, 0 this, +1 next */
  gint8       day_offset;  /* today 0, yesterday -1 */
  gint8       position;    /* TimexPosition */
  gint8       ntokens;     /* tokens of a phrase */
  gint8       max_phrase;  /* on a phrase's first word: its longest phrase */
  gint8       ago;         /* -1 "ago", "earlier"; +1 "later", "from now" */
  char        part_of_day[3]; /* "MO", "AF", "EV", "NI" */
  gint8       hour;        /* clock words: noon is 12:00 */
  gint8       minute;
  double      number;      /* TIMEX_AMOUNT_UNKNOWN for "a few" */
  const char *mod;         /* interned TIMEX3 mod of an amount or bound word */
  const char *ref;         /* "PRESENT_REF", "PAST_REF", "FUTURE_REF" */
} TimexWord;

#define TIMEX_AMOUNT_UNKNOWN (-1.0)
/* Years 1 to 9999: the calendar a TIMEX3 value can name */
#define TIMEX_CALENDAR_YEARS 9999

typedef enum
{
  TT_WORD,    /* ASCII letters, looked up in the lexicons */
  TT_NUMBER,  /* ASCII digits */
  TT_PUNCT,   /* one punctuation character (dashes and quotes folded) */
  TT_OTHER,   /* words with non-ASCII letters, symbols */
} TimexTokenKind;

typedef enum
{
  TF_CAPITAL    = 1 << 0,  /* first letter upper case */
  TF_ALL_CAPS   = 1 << 1,
  TF_SPACE      = 1 << 2,  /* white space before the token */
  TF_PARAGRAPH  = 1 << 3,  /* first token of the text or after a blank line */
} TimexTokenFlags;

typedef struct
{
  gsize            start;   /* byte offsets in the text */
  gsize            end;
  const TimexWord *word;    /* lexicon entry of a word, or NULL */
  guint32          number;  /* value of a digit run (saturated) */
  guint8           kind;    /* TimexTokenKind */
  guint8           flags;   /* TimexTokenFlags */
  guint8           length;  /* bytes, saturated at 255 */
  char             ch;      /* the character of a TT_PUNCT token */
} TimexToken;

/* Calendar points, at the granularity they were named with. */
typedef enum
{
  TIMEX_GRAN_CENTURY,
  TIMEX_GRAN_DECADE,
  TIMEX_GRAN_YEAR,
  TIMEX_GRAN_HALF,
  TIMEX_GRAN_QUARTER,
  TIMEX_GRAN_SEASON,
  TIMEX_GRAN_MONTH,
  TIMEX_GRAN_WEEK,
  TIMEX_GRAN_WEEKEND,
  TIMEX_GRAN_DAY,
} TimexGran;

/* Year 0 and index 0 mean unknown (printed as X). */
typedef struct
{
  TimexGran gran;
  gint16    year;     /* first year; the ISO week-year for weeks */
  gint8     index;    /* half, quarter, season (1-4), month or ISO week */
  gint8     day;      /* day of the month */
  gint8     weekday;  /* a day known only by its weekday (sets, no DCT) */
} TimexPoint;

typedef enum
{
  TIMEX_FORM_POINT,
  TIMEX_FORM_REF,
  TIMEX_FORM_DURATION,
  TIMEX_FORM_SET,
} TimexForm;

typedef struct
{
  guint              first;     /* tokens [first, last) */
  guint              last;
  TimexForm          form;
  ClaimlineTimexType type;
  TimexPoint         point;     /* POINT, and SET of a point ("every Monday") */
  char               time[8];   /* time of day: "MO", "09:30"; empty when none */
  const char        *ref;
  double             amount;    /* DURATION and SET of an amount */
  TimexUnit          unit;
  const char        *mod;
  gint8              anchor;    /* a duration counted back (-1) or on (+1) from the DCT */
  gint8              clip;      /* "earlier this year": ends at the DCT (-1); "later": starts there (+1) */
  gboolean           relative;
  gboolean           names_quarter; /* an explicit quarter, context for later ones */
} TimexMatch;

/* The phrases starting at one token, looked up once for all matchers. */
typedef struct
{
  gsize            start;      /* offset + 1 of the token they start at; 0 none */
  const TimexWord *by_length[5];
} TimexPhraseMemo;

/* What timex_parse_number() read last: the matchers at one token mostly
 * ask about the same amount. */
typedef struct
{
  guint    at;      /* token index + 1; 0 none */
  gboolean found;
  double   value;
  guint    end;
  gboolean article;
} TimexNumberMemo;

/* Tokens of the window known to be standalone numbers or not. */
enum
{
  TIMEX_STANDALONE_UNKNOWN,
  TIMEX_STANDALONE_NO,
  TIMEX_STANDALONE_YES,
};

typedef struct
{
  const char       *text;
  const TimexToken *tok;
  TimexPhraseMemo  *phrases;
  /* answers that depend only on the window, cleared whenever it changes */
  guint8           *standalone; /* per token, TIMEX_STANDALONE_* */
  TimexNumberMemo  *numbers;
  guint             n;          /* tokens in the window */
  gboolean          has_dct;
  gint32            dct;        /* day number of the DCT */
  int               dct_year;
  int               dct_month;
  int               dct_day;
  TimexPoint        last_quarter; /* the last quarter named, for "a year earlier" */
  gsize             last_quarter_end;
} TimexCtx;

/* claimline-timex-lexicon.c */
const TimexWord *timex_lexicon_lookup (const char *word,
                                       gsize       length,
                                       guint32     hash);
const TimexWord *timex_lexicon_phrase (const char *lower);
void             timex_lexicon_ensure (void);

static inline guint32
timex_hash_step (guint32 hash,
                 guchar  c)
{
  return (hash ^ c) * 16777619u;
}

#define TIMEX_HASH_INIT 2166136261u

/* claimline-timex-tokens.c */
typedef struct
{
  const char   *text;
  gsize         length;
  gsize         pos;
  gboolean      paragraph;
  /* the byte tables, looked up once per text rather than per token */
  const guint8 *classes;
  const guchar *folds;
} TimexTokenizer;

void     timex_tokenizer_init (TimexTokenizer *tz,
                               const char     *text,
                               gsize           length);
/* Up to N_TOKENS next tokens into TOKENS; fewer only at the end. */
guint    timex_tokenizer_fill (TimexTokenizer *tz,
                               TimexToken     *tokens,
                               guint           n_tokens);

/* claimline-timex-calendar.c */
gint32   timex_day_number    (int year, int month, int day);
void     timex_civil         (gint32 jd, int *year, int *month, int *day);
int      timex_weekday       (gint32 jd);
int      timex_days_in_month (int year, int month);
TimexPoint timex_point_at    (gint32 jd, TimexGran gran);
TimexPoint timex_point_unknown (TimexGran gran);
gboolean timex_point_known   (const TimexPoint *point);
gboolean timex_point_beyond_calendar (const TimexPoint *point);
gboolean timex_point_range   (const TimexPoint *point, gint32 *low, gint32 *high);
TimexPoint timex_point_shift (TimexPoint point, int n);
void     timex_point_format  (const TimexPoint *point, char *buf, gsize size);
void     timex_format_day    (gint32 jd, char *buf, gsize size);
gint32   timex_add_units     (gint32 jd, TimexUnit unit, double amount);
void     timex_duration_format (double amount, TimexUnit unit, char *buf, gsize size);
TimexGran timex_unit_gran    (TimexUnit unit, gboolean *ok);

/* The matchers (claimline-timex-dates.c, -periods.c, -relative.c, -deixis.c,
 * -durations.c): each returns TRUE and fills MATCH
 * (first = I) when an expression of its kind starts at token I. */
typedef gboolean (*TimexMatcher) (TimexCtx *c, guint i, TimexMatch *match);

gboolean timex_match_numeric_date (TimexCtx *c, guint i, TimexMatch *m);
gboolean timex_match_month_date   (TimexCtx *c, guint i, TimexMatch *m);
gboolean timex_match_year         (TimexCtx *c, guint i, TimexMatch *m);
gboolean timex_match_quarter      (TimexCtx *c, guint i, TimexMatch *m);
gboolean timex_match_season       (TimexCtx *c, guint i, TimexMatch *m);
gboolean timex_match_relative     (TimexCtx *c, guint i, TimexMatch *m);
gboolean timex_match_ago          (TimexCtx *c, guint i, TimexMatch *m);
gboolean timex_match_deictic      (TimexCtx *c, guint i, TimexMatch *m);
gboolean timex_match_weekday      (TimexCtx *c, guint i, TimexMatch *m);
gboolean timex_match_ref          (TimexCtx *c, guint i, TimexMatch *m);
gboolean timex_match_duration     (TimexCtx *c, guint i, TimexMatch *m);
gboolean timex_match_set          (TimexCtx *c, guint i, TimexMatch *m);
gboolean timex_match_clock        (TimexCtx *c, guint i, TimexMatch *m);
gboolean timex_match_position     (TimexCtx *c, guint i, TimexMatch *m);

gboolean timex_match_point_core   (TimexCtx *c, guint i, TimexMatch *m);

/* An empty match of FORM at token FIRST; inline, as every matcher starts
 * with one at every token that could start an expression. */
static inline void
timex_match_init (TimexMatch *m,
                  guint       first,
                  TimexForm   form)
{
  memset (m, 0, sizeof *m);
  m->first = first;
  m->last = first;
  m->form = form;
  m->type = CLAIMLINE_TIMEX_DATE;
}

/* Shared grammar helpers (claimline-timex-grammar.c). */
static inline const TimexToken *
timex_tok (const TimexCtx *c,
           guint           i)
{
  return i < c->n ? &c->tok[i] : NULL;
}

static inline gboolean
timex_is_class (const TimexCtx *c,
                guint           i,
                guint64         classes)
{
  const TimexToken *t = timex_tok (c, i);

  return t != NULL && t->word != NULL && (t->word->classes & classes) != 0;
}

static inline gboolean
timex_is_grammar (const TimexCtx *c,
                  guint           i,
                  TimexGrammar    grammar)
{
  const TimexToken *t = timex_tok (c, i);

  return t != NULL && t->word != NULL && t->word->grammar == grammar;
}

static inline gboolean
timex_is_punct (const TimexCtx *c,
                guint           i,
                char            ch)
{
  const TimexToken *t = timex_tok (c, i);

  return t != NULL && t->kind == TT_PUNCT && t->ch == ch;
}

static inline gboolean
timex_is_number (const TimexCtx *c,
                 guint           i)
{
  const TimexToken *t = timex_tok (c, i);

  return t != NULL && t->kind == TT_NUMBER;
}

/* No white space between token I - 1 and token I. */
static inline gboolean
timex_glued (const TimexCtx *c,
             guint           i)
{
  return i > 0 && i < c->n && c->tok[i].start == c->tok[i - 1].end;
}

static inline const TimexWord *
timex_word (const TimexCtx *c,
            guint           i)
{
  const TimexToken *t = timex_tok (c, i);

  return t != NULL ? t->word : NULL;
}

/* The longest phrase of one of CLASSES, of two tokens or more, that starts
 * at token I, or NULL. */
const TimexWord *timex_phrase_of     (const TimexCtx *c, guint i, guint64 classes, guint *ntokens);

/* The longest lexicon entry of one of CLASSES that starts at token I: a
 * phrase ("more than", "the end of") or the word itself.  Inline, as every
 * matcher asks at every token, and most tokens start no phrase. */
static inline const TimexWord *
timex_phrase_at (const TimexCtx *c,
                 guint           i,
                 guint64         classes,
                 guint          *ntokens)
{
  const TimexWord *first = timex_word (c, i);

  if (first == NULL)
    return NULL;
  /* a phrase needs its second word: "the future", not "the company" */
  if ((first->classes & TW_PHRASE) && timex_is_class (c, i + 1, TW_PHRASE_PART))
    {
      const TimexWord *phrase = timex_phrase_of (c, i, classes, ntokens);

      if (phrase != NULL)
        return phrase;
    }
  if ((first->classes & classes) == 0)
    return NULL;
  *ntokens = 1;
  return first;
}
gboolean timex_parse_ordinal         (const TimexCtx *c, guint i, int *value, guint *end);
gboolean timex_parse_trailing_year   (const TimexCtx *c, guint i, int *year, guint *end);
gboolean timex_future_context        (const TimexCtx *c, guint first, guint last);
gboolean timex_month_ok              (const TimexCtx *c, guint i, guint next);
void     timex_resolve_nearest       (const TimexCtx *c, TimexMatch *m, gboolean future);
TimexPoint timex_ctx_anchor          (const TimexCtx *c, TimexGran gran);
void     timex_resolve_weekday       (const TimexCtx *c, TimexMatch *m, int weekday, gboolean future);
guint    timex_parse_part_of_day     (const TimexCtx *c, guint k, TimexMatch *m);
gboolean timex_recent_quarter        (const TimexCtx *c, guint i);
guint    timex_parse_amount_suffix   (const TimexCtx *c, guint k, TimexMatch *m);

/* Works out whether token I stands alone, and keeps the answer. */
gboolean timex_standalone_number_known (const TimexCtx *c, guint i);
/* Reads the amount at token I into the memo. */
void     timex_parse_number_memo       (const TimexCtx *c, guint i);

/* A digit run that stands alone: not part of "9,000", "3.5", "H100",
 * "$2025", "2025%" or a longer code.  The matchers at a token all ask this
 * of it and its neighbours: it is worked out once per token of the window. */
static inline gboolean
timex_standalone_number (const TimexCtx *c,
                         guint           i)
{
  if (i >= c->n)
    return FALSE;
  if (c->standalone[i] != TIMEX_STANDALONE_UNKNOWN)
    return c->standalone[i] == TIMEX_STANDALONE_YES;
  return timex_standalone_number_known (c, i);
}

/* An amount: "24", "2.5", "2 1/2", "twenty-four", "a", "a few", "two
 * hundred", "one and a half".  ARTICLE tells "a"/"an" apart from "one";
 * VALUE and END are set only when one is found.  Read once per token. */
static inline gboolean
timex_parse_number (const TimexCtx *c,
                    guint           i,
                    double         *value,
                    guint          *end,
                    gboolean       *article)
{
  const TimexNumberMemo *memo = c->numbers;

  if (memo->at != i + 1)
    timex_parse_number_memo (c, i);
  *article = memo->article;
  if (!memo->found)
    return FALSE;
  *value = memo->value;
  *end = memo->end;
  return TRUE;
}

/* timex_parse_year_number() for a token that may be a year. */
gboolean timex_parse_year_number_at  (const TimexCtx *c, guint i, int *year, guint *end);

/* A year as a number: "2024", "nineteen ninety-one"; FALSE for numbers
 * that are amounts or codes.  Years out of 1900-2099 are taken only after
 * a preposition that asks for a date ("in 1492").  Inline, the tokens that
 * cannot be one (most that are asked about) answered at once. */
static inline gboolean
timex_parse_year_number (const TimexCtx *c,
                         guint           i,
                         int            *year,
                         guint          *end)
{
  const TimexToken *t = timex_tok (c, i);

  if (t == NULL || (t->kind == TT_NUMBER ? t->length != 4 : t->word == NULL))
    return FALSE;
  return timex_parse_year_number_at (c, i, year, end);
}

G_END_DECLS
