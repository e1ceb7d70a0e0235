#pragma once
// Actions for fields, scores, evidence lines, blocks and the header:
// they attach what was parsed to the open block or to the manifest. Internal to the parser.

#include "grammar/action_base.h"

namespace costlint::grammar {

// ---- statements ----

template <>
struct action<field_name> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.field_name = in.string();
    s.field_name_range = s.range_of(in.begin(), in.end());
  }
};

template <>
struct action<score_benchmark> : action<field_name> {};
template <>
struct action<evidence_format> : action<field_name> {};

template <>
struct action<field> {
  template <typename Input>
  static void apply(const Input&, ParseState& s) {
    s.open_blocks.back().fields.push_back(ast::Field{std::move(s.field_name), s.field_name_range,
                                                     std::move(s.value), std::move(s.qualifier),
                                                     s.qualifier_range});
    s.qualifier.clear();
  }
};

template <>
struct action<qualifier_word> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.qualifier = in.string();
    s.qualifier_range = s.range_of(in.begin(), in.end());
  }
};

template <>
struct action<score_line> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.open_blocks.back().scores.push_back(
        ast::Score{std::move(s.field_name), s.field_name_range,
                   s.range_of(in.begin(), in.begin() + 5), std::move(s.value)});
  }
};

template <>
struct action<evidence_line> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.open_blocks.back().evidence.push_back(
        ast::Evidence{std::move(s.field_name), s.field_name_range, std::move(s.value.text),
                      s.value.range, s.range_of(in.begin(), in.begin() + 8)});
  }
};

// ---- blocks ----

struct keyword_action {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.keyword = in.string();
    s.keyword_range = s.range_of(in.begin(), in.end());
    s.name.clear();
    s.name_range = {};
  }
};

template <>
struct action<phase_keyword> : keyword_action {};
template <>
struct action<system_keyword> : keyword_action {};
template <>
struct action<paper_keyword> : keyword_action {};
template <>
struct action<named_keyword> : keyword_action {};
template <>
struct action<hardware_keyword> : keyword_action {};

template <>
struct action<block_name> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.name = in.string();
    s.name_range = s.range_of(in.begin(), in.end());
  }
};

template <>
struct action<hardware_name> : action<block_name> {};

template <>
struct action<block_open> {
  template <typename Input>
  static void apply(const Input&, ParseState& s) {
    ast::Block block;
    block.keyword = s.keyword;
    block.keyword_range = s.keyword_range;
    block.name = s.name;
    block.name_range = s.name_range;
    block.range.begin = s.keyword_range.begin;
    s.open_blocks.push_back(std::move(block));
  }
};

template <>
struct action<block_close> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    ast::Block block = std::move(s.open_blocks.back());
    s.open_blocks.pop_back();
    block.range.end = s.offset_of(in.end());
    if (s.open_blocks.empty())
      s.manifest.blocks.push_back(std::move(block));
    else
      s.open_blocks.back().phases.push_back(std::move(block));
  }
};

template <>
struct action<hardware_decl> {
  template <typename Input>
  static void apply(const Input&, ParseState& s) {
    s.manifest.hardware.push_back(
        ast::HardwareDecl{s.name, s.name_range, s.keyword_range, std::move(s.value)});
  }
};

template <>
struct action<version> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    SourceRange range = s.range_of(in.begin(), in.end());
    s.manifest.header = ast::Header{in.string(), {}, range};
  }
};

template <>
struct action<header> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.manifest.header->range = s.range_of(in.begin(), in.end());
  }
};

}  // namespace costlint::grammar
