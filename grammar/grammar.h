#pragma once
// The PEGTL grammar of the cost manifest language, version 1 (MANIFEST.md).
// Internal to the parser: include it only from parser.cpp and its helpers.
//
// The grammar commits early: once a statement's first words are seen, every
// later part is under `must<>`, so an error is reported where it is and names
// what was expected (see parser_errors.h), instead of backtracking into a vague
// message several lines later.

#include <tao/pegtl.hpp>

namespace costlint::grammar {

using namespace tao::pegtl;

// ---- lexical ------------------------------------------------------------

struct blank : one<' ', '\t'> {};
struct ws : star<blank> {};
struct ws1 : plus<blank> {};

/// `R` after optional blanks; its error message is R's.
template <typename R>
struct pad : seq<ws, R> {};

struct ident_first : sor<alpha, one<'_'>> {};
struct ident_other : sor<alnum, one<'_', '-'>> {};
struct identifier : seq<ident_first, star<ident_other>> {};

template <typename Word>
struct keyword : seq<Word, not_at<ident_other>> {};
#define COSTLINT_KEYWORD(word) keyword<TAO_PEGTL_STRING(word)>

struct byte_order_mark : TAO_PEGTL_STRING("\xEF\xBB\xBF") {};

// ---- comments and suppressions -------------------------------------------

struct comment_hash : one<'#'> {};
struct rest_of_line : star<not_at<eolf>, any> {};
struct suppressed_rule : identifier {};
struct suppression_reason : rest_of_line {};
struct suppression
    : seq<comment_hash, ws, TAO_PEGTL_STRING("costlint:"), ws, COSTLINT_KEYWORD("ignore"), ws1,
          list<suppressed_rule, one<','>, blank>, ws,
          opt<TAO_PEGTL_STRING("--"), ws, suppression_reason>, at<eolf>> {};
struct plain_comment : seq<comment_hash, rest_of_line> {};
struct comment : sor<suppression, plain_comment> {};

/// What may stand between statements: blanks, comments, empty lines, `;`.
struct skip : star<sor<blank, comment, eol, one<';'>>> {};
struct stmt_end : seq<ws, opt<comment>, sor<eol, one<';'>, at<one<'}'>>, eof>> {};

// ---- strings ---------------------------------------------------------------

struct string_open : one<'"'> {};
struct string_close : one<'"'> {};
struct string_run : plus<not_one<'"', '\\', '\n', '\r'>> {};
struct escape_simple : one<'"', '\\', 'n', 't'> {};
struct unicode_open : one<'{'> {};
struct unicode_digits : rep_min_max<1, 6, xdigit> {};
struct unicode_close : one<'}'> {};
struct escape_unicode
    : seq<one<'u'>, must<unicode_open>, must<unicode_digits>, must<unicode_close>> {};
struct escape_char : sor<escape_simple, escape_unicode> {};
struct escape : seq<one<'\\'>, must<escape_char>> {};
struct string_literal : seq<string_open, star<sor<string_run, escape>>, must<string_close>> {};

// ---- numbers and units -----------------------------------------------------

struct digits : seq<digit, star<opt<one<'_'>>, digit>> {};
struct number
    : seq<digits, opt<one<'.'>, digits>, opt<one<'e', 'E'>, opt<one<'+', '-'>>, digits>> {};

struct micro_sign : sor<TAO_PEGTL_STRING("\xC2\xB5"), TAO_PEGTL_STRING("\xCE\xBC")> {};
struct unit_name : seq<sor<micro_sign, ident_first>, star<sor<alnum, one<'_'>>>> {};
struct unit_exponent : seq<opt<one<'-'>>, plus<digit>> {};
struct unit_factor : seq<unit_name, opt<one<'^'>, must<unit_exponent>>> {};
struct unit_first : unit_factor {};
struct unit_next : seq<ws, one<'.', '/'>, ws, unit_factor> {};
struct unit_expr : seq<unit_first, star<unit_next>> {};
struct main_unit : unit_expr {};
struct uncertainty_unit : unit_expr {};

// ---- arithmetic on quantities ----------------------------------------------

struct plus_minus : sor<TAO_PEGTL_STRING("\xC2\xB1"), TAO_PEGTL_STRING("+-")> {};
struct quantity_number : number {};
struct uncertainty_number : number {};
struct uncertainty
    : seq<ws, plus_minus, ws, must<uncertainty_number>, opt<ws, uncertainty_unit>> {};
struct quantity : seq<quantity_number, opt<ws, main_unit>, opt<uncertainty>> {};

struct expr;
struct paren_open : one<'('> {};
struct paren_close : one<')'> {};
struct paren : seq<paren_open, ws, must<expr>, ws, must<paren_close>> {};
struct atom : sor<paren, quantity> {};
struct estimate_mark : one<'~'> {};
struct estimated_atom : seq<estimate_mark, ws, must<atom>> {};
struct factor : sor<estimated_atom, atom> {};
struct mul_op : sor<one<'*', '/'>, TAO_PEGTL_STRING("\xC3\x97")> {};
struct add_op : one<'+', '-'> {};
struct mul_operand : factor {};
struct add_operand;
struct mul_tail : seq<ws, mul_op, ws, must<mul_operand>> {};
struct term : seq<factor, star<mul_tail>> {};
struct add_operand : term {};
struct add_tail : seq<ws, add_op, ws, must<add_operand>> {};
struct expr : seq<term, star<add_tail>> {};

// ---- values ----------------------------------------------------------------

struct times_sign : sor<one<'x'>, TAO_PEGTL_STRING("\xC3\x97")> {};
/// `8`, `10_000`, and `~1000` for a count a paper gives only roughly.
struct pool_count : seq<opt<one<'~'>>, digit, star<sor<digit, seq<one<'_'>, at<digit>>>>> {};
struct pool_model : string_literal {};
/// A pool whose paper does not say how many devices it had: the model alone.
struct pool_uncounted : success {};
struct pool_spec : sor<seq<pool_count, ws, times_sign, ws, must<pool_model>>,
                       seq<pool_uncounted, pool_model>> {};
struct pool_value : seq<at<pool_count, ws, times_sign, ws, one<'"'>>, pool_spec> {};
struct string_value : string_literal {};
struct identifier_value : identifier {};
struct expr_value : seq<at<sor<one<'~', '('>, digit>>, expr> {};
struct value : sor<string_value, pool_value, expr_value, identifier_value> {};

// ---- statements --------------------------------------------------------------

struct field_name : identifier {};
struct field_equals : one<'='> {};
/// What a figure counts, after its value: `energy = 37.3 kWh (device)` (an
/// extension; docs/language.md). The resolver says which fields take one.
struct qualifier_open : one<'('> {};
struct qualifier_word : identifier {};
struct qualifier_close : one<')'> {};
struct qualifier
    : seq<qualifier_open, ws, must<qualifier_word>, ws, must<qualifier_close>> {};
struct field
    : seq<field_name, must<pad<field_equals>>, must<pad<value>>, opt<ws, qualifier>> {};

struct score_benchmark : identifier {};
struct score_equals : one<'='> {};
struct score_line : seq<seq<COSTLINT_KEYWORD("score"), ws1, score_benchmark>,
                        must<pad<score_equals>>, must<pad<value>>> {};

struct evidence_format : identifier {};
struct evidence_path : string_literal {};
struct evidence_line
    : seq<seq<COSTLINT_KEYWORD("evidence"), ws1, evidence_format>, must<pad<evidence_path>>> {};

// ---- blocks --------------------------------------------------------------------

template <typename Word>
struct block_keyword : Word {};
struct block_name : identifier {};
struct block_open : one<'{'> {};
struct block_close : one<'}'> {};

template <typename Item>
struct block_body : seq<skip, star<Item, must<stmt_end>, skip>, must<block_close>> {};

struct phase_keyword : block_keyword<sor<COSTLINT_KEYWORD("train"), COSTLINT_KEYWORD("tune"),
                                         COSTLINT_KEYWORD("infer")>> {};
struct phase_item : sor<evidence_line, field> {};
struct phase_block : seq<seq<phase_keyword, ws, block_open>, block_body<phase_item>> {};

struct system_item : sor<phase_block, score_line, field> {};
struct system_keyword
    : block_keyword<sor<COSTLINT_KEYWORD("model"), COSTLINT_KEYWORD("baseline")>> {};
struct system_block : seq<system_keyword, must<pad<block_name>>, must<pad<block_open>>,
                          block_body<system_item>> {};

struct paper_keyword : block_keyword<COSTLINT_KEYWORD("paper")> {};
struct paper_block : seq<paper_keyword, must<pad<block_open>>, block_body<field>> {};

struct named_keyword
    : block_keyword<sor<COSTLINT_KEYWORD("benchmark"), COSTLINT_KEYWORD("site")>> {};
struct named_block
    : seq<named_keyword, must<pad<block_name>>, must<pad<block_open>>, block_body<field>> {};

struct hardware_keyword : COSTLINT_KEYWORD("hardware") {};
struct hardware_name : identifier {};
struct hardware_equals : one<'='> {};
struct hardware_decl : seq<hardware_keyword, must<pad<hardware_name>>, must<pad<hardware_equals>>,
                           must<pad<pool_spec>>> {};

struct top_item : sor<paper_block, named_block, system_block, hardware_decl> {};

struct version : number {};
struct header : seq<COSTLINT_KEYWORD("costlint"), must<pad<version>>> {};
struct end_of_manifest : eof {};

struct manifest : seq<opt<byte_order_mark>, skip, opt<header, must<stmt_end>>, skip,
                      star<top_item, must<stmt_end>, skip>, must<end_of_manifest>> {};

#undef COSTLINT_KEYWORD

}  // namespace costlint::grammar
