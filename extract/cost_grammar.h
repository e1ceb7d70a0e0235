#pragma once
// The PEGTL grammar of a statement of cost in prose, tried where a number
// starts: a number and its unit's words (`3.5 days`, `3.3M GPU hours`, `539 tCO2eq`,
// `$3.1 \times 10^{21}$ FLOPs` once plain), or a device phrase (`8 NVIDIA P100
// GPUs`, `1024 32GB V100`, `a single GPU`). Internal to the extractor's files
// (extract/), which read the pieces; which figure a unit names is
// unit_phrase's, the device's name the hardware catalog's.

#include <tao/pegtl.hpp>

namespace costlint::extract::cost_grammar {

using namespace tao::pegtl;

/// Between the words of one phrase: spaces and a line end, never a table cell.
struct gap : rep_max<3, one<' ', '\n'>> {};
struct word_end : not_at<sor<alnum, one<'_'>>> {};
template <typename Word>
struct word : seq<Word, word_end> {};
#define COSTLINT_WORD(text) word<TAO_PEGTL_ISTRING(text)>

// ---- numbers ---------------------------------------------------------------

struct digit_group : seq<one<','>, rep<3, digit>, not_at<digit>> {};
struct integer_part : seq<rep_min_max<1, 15, digit>, star<digit_group>> {};
struct fraction : seq<one<'.'>, plus<digit>> {};
struct exponent : seq<one<'e', 'E'>, opt<one<'+', '-'>>, rep_min_max<1, 3, digit>> {};
struct decimal : seq<integer_part, opt<fraction>, opt<exponent>> {};
/// `3.1 × 10^21`, as plain_text.h leaves `$3.1 \times 10^{21}$`.
struct times_sign : sor<TAO_PEGTL_STRING("×"), TAO_PEGTL_STRING("·"), one<'x', 'X', '*'>> {};
struct power_of_ten : seq<opt<one<'+', '-'>>, rep_min_max<1, 3, digit>> {};
/// `10¹⁸`, `10⁻³`: a power of ten in superscript digits, as Unicode text writes it.
struct superscript_digit
    : sor<TAO_PEGTL_STRING("⁰"), TAO_PEGTL_STRING("¹"), TAO_PEGTL_STRING("²"), TAO_PEGTL_STRING("³"),
          TAO_PEGTL_STRING("⁴"), TAO_PEGTL_STRING("⁵"), TAO_PEGTL_STRING("⁶"), TAO_PEGTL_STRING("⁷"),
          TAO_PEGTL_STRING("⁸"), TAO_PEGTL_STRING("⁹")> {};
struct superscript_power : seq<opt<TAO_PEGTL_STRING("⁻")>, rep_min_max<1, 3, superscript_digit>> {};
struct scientific : seq<star<one<' '>>, times_sign, star<one<' '>>, TAO_PEGTL_STRING("10"),
                        sor<seq<one<'^'>, opt<one<'{'>>, power_of_ten>, superscript_power>> {};
/// `10^{22}`, `10²²`: a power of ten alone; not a small one (`10^{-2}`, a rate).
struct bare_power
    : seq<TAO_PEGTL_STRING("10"), sor<seq<one<'^'>, opt<one<'{'>>, opt<one<'+'>>, rep_min_max<1, 3, digit>>,
                                     rep_min_max<1, 3, superscript_digit>>> {};
struct number_value : sor<bare_power, seq<decimal, opt<scientific>>> {};

/// `3.3M`, `2.5k`, `1.5 billion`; a bare letter only when attached.
struct magnitude_word
    : sor<COSTLINT_WORD("thousand"), COSTLINT_WORD("million"), COSTLINT_WORD("billion"),
          COSTLINT_WORD("trillion"), COSTLINT_WORD("bn"), COSTLINT_WORD("millions"),
          COSTLINT_WORD("billions")> {};
struct magnitude_letter : seq<one<'k', 'K', 'M', 'B', 'T'>, word_end> {};
/// `5.5M`, and `5.5 M` as `$5.5 \mathrm{M}$` reads once plain; `7-billion` of `a 7-billion-parameter model`.
struct magnitude : sor<magnitude_letter, seq<one<' '>, magnitude_letter>, seq<plus<one<' '>>, magnitude_word>,
                       seq<one<'-'>, magnitude_word>> {};

struct unit_count_word
    : sor<COSTLINT_WORD("one"), COSTLINT_WORD("two"), COSTLINT_WORD("three"), COSTLINT_WORD("four"),
          COSTLINT_WORD("five"), COSTLINT_WORD("six"), COSTLINT_WORD("seven"), COSTLINT_WORD("eight"),
          COSTLINT_WORD("nine")> {};
struct teen_count_word
    : sor<COSTLINT_WORD("ten"), COSTLINT_WORD("eleven"), COSTLINT_WORD("twelve"), COSTLINT_WORD("thirteen"),
          COSTLINT_WORD("fourteen"), COSTLINT_WORD("fifteen"), COSTLINT_WORD("sixteen"),
          COSTLINT_WORD("seventeen"), COSTLINT_WORD("eighteen"), COSTLINT_WORD("nineteen")> {};
/// `sixty`, `thirty-two`, `thirty two`.
struct tens_count_word
    : seq<sor<TAO_PEGTL_ISTRING("twenty"), TAO_PEGTL_ISTRING("thirty"), TAO_PEGTL_ISTRING("forty"),
              TAO_PEGTL_ISTRING("fifty"), TAO_PEGTL_ISTRING("sixty"), TAO_PEGTL_ISTRING("seventy"),
              TAO_PEGTL_ISTRING("eighty"), TAO_PEGTL_ISTRING("ninety")>,
          sor<seq<one<'-', ' '>, unit_count_word>, word_end>> {};
struct count_word
    : sor<seq<TAO_PEGTL_ISTRING("a"), plus<one<' '>>, COSTLINT_WORD("single")>, COSTLINT_WORD("a"),
          COSTLINT_WORD("an"), COSTLINT_WORD("single"), unit_count_word, teen_count_word, tens_count_word,
          COSTLINT_WORD("dual"), COSTLINT_WORD("quad")> {};

struct number : seq<number_value, opt<magnitude>> {};
/// `2 hours and 30 minutes`: what may join the parts of a duration (a comma
/// joins a list: `3 days, 12 hours and 40 minutes, respectively`).
struct duration_joiner : seq<TAO_PEGTL_STRING("and"), plus<one<' '>>> {};
/// `41–140`, `$41–$140`, `350-400`, `3 to 4`: a range, read as its middle.
struct range_sign : sor<TAO_PEGTL_STRING("–"), TAO_PEGTL_STRING("—"), TAO_PEGTL_STRING("--"), one<'-'>> {};
struct range_word : seq<plus<one<' '>>, TAO_PEGTL_ISTRING("to"), plus<one<' '>>> {};  // after the spaces a sign may have
struct range_end : seq<sor<range_word, seq<star<one<' '>>, range_sign, star<one<' '>>>>, opt<one<'$'>>, number> {};
/// `between 2 and 3 hours`: a range's high end after `and`, where `between` opened it.
struct between_end : seq<plus<one<' '>>, TAO_PEGTL_ISTRING("and"), plus<one<' '>>, opt<one<'$'>>, number> {};
/// `1h 41m 27s`, `2h 5m`, `2m23s`, `4d 06h`, `9min 39s`: a duration on a clock.
struct clock_part : seq<rep_min_max<1, 3, digit>, sor<TAO_PEGTL_STRING("min"), one<'d', 'h', 'm', 's'>>> {};
struct clock_duration : seq<clock_part, plus<opt<one<' '>>, clock_part>, word_end> {};
/// `7:59` under an hours column: hours and minutes (or minutes and seconds under a minutes column).
struct clock_pair : seq<rep_min_max<1, 3, digit>, one<':'>, rep<2, digit>, not_at<one<':'>>, word_end> {};
/// `2:52:22`, `0:00:10.5`: hours, minutes and seconds, as trackers print them.
struct clock_hms : seq<rep_min_max<1, 3, digit>, one<':'>, rep<2, digit>, one<':'>, rep<2, digit>,
                       opt<one<'.'>, plus<digit>>, word_end> {};

// ---- devices ---------------------------------------------------------------

/// `Intel(R) Xeon(R)`, `Core(TM)`: the marks a CPU's name carries where a system prints it.
struct trademark : sor<TAO_PEGTL_STRING("(R)"), TAO_PEGTL_STRING("(TM)"), TAO_PEGTL_STRING("®"),
                       TAO_PEGTL_STRING("™")> {};
struct vendor : seq<sor<COSTLINT_WORD("NVIDIA"), COSTLINT_WORD("Nvidia"), COSTLINT_WORD("Google"),
                        COSTLINT_WORD("Cloud"), COSTLINT_WORD("AMD"), COSTLINT_WORD("Tesla"),
                        COSTLINT_WORD("Intel"), COSTLINT_WORD("Apple"), COSTLINT_WORD("Qualcomm"),
                        COSTLINT_WORD("Huawei")>,
                    opt<trademark>> {};
/// `Google Colab L4`, `Kaggle T4`: a notebook service's name before its device (one letter tested
/// first: every device phrase tried passes here).
struct notebook_service : seq<at<one<'C', 'K'>>, sor<COSTLINT_WORD("Colab"), COSTLINT_WORD("Kaggle")>> {};
/// `32GB` before a model: the card's memory, part of its name.
struct memory_prefix : seq<rep_min_max<1, 3, digit>, opt<one<' '>>,
                           sor<TAO_PEGTL_STRING("GiB"), TAO_PEGTL_STRING("GB"), one<'G'>>, word_end> {};
/// `400W` before a model: the board power of its variant, as `32GB` is its memory.
struct power_prefix : seq<rep_min_max<2, 4, digit>, opt<one<' '>>, one<'W'>, word_end> {};
/// `3.1 GHz` before a processor: its clock.
struct clock_prefix : seq<rep_min_max<1, 2, digit>, opt<one<'.'>, rep_min_max<1, 2, digit>>, opt<one<' '>>,
                          TAO_PEGTL_ISTRING("GHz"), word_end> {};
struct device_class
    : sor<COSTLINT_WORD("GPUs"), COSTLINT_WORD("GPU"), COSTLINT_WORD("TPUs"), COSTLINT_WORD("TPU"),
          COSTLINT_WORD("chips"), COSTLINT_WORD("chip"), COSTLINT_WORD("cards"), COSTLINT_WORD("card"),
          COSTLINT_WORD("accelerators"), COSTLINT_WORD("accelerator"), COSTLINT_WORD("IPUs"),
          COSTLINT_WORD("NPUs"), COSTLINT_WORD("NPU"), COSTLINT_WORD("devices"), COSTLINT_WORD("cores"),
          COSTLINT_WORD("core"), COSTLINT_WORD("nodes"), COSTLINT_WORD("node"), COSTLINT_WORD("CPUs"),
          COSTLINT_WORD("CPU"), COSTLINT_WORD("vCPUs"), COSTLINT_WORD("vCPU"), COSTLINT_WORD("processors"),
          COSTLINT_WORD("processor")> {};
/// One word of a model name: letters and digits with a digit in it (`V100`,
/// `A100-80GB`, `v3`, `3090`, `DGX-1`), or `TPU`, `RTX`, `Titan`, `GeForce`, `Jetson`, `Raspberry Pi`, ...
/// (`Core` as Intel writes it: `32 core CPUs` counts cores, not CPUs)
struct model_word
    : sor<seq<star<alpha>, opt<one<'-'>>, digit, star<sor<alnum, one<'-'>>>, word_end>,
          sor<COSTLINT_WORD("TPU"), COSTLINT_WORD("RTX"), COSTLINT_WORD("GTX"),
              seq<TAO_PEGTL_ISTRING("Titan"), opt<one<' '>, sor<TAO_PEGTL_ISTRING("Xp"), one<'X', 'V'>>, word_end>,
                  word_end>,  // `Titan X`, `TITAN V`, `Titan Xp`
              COSTLINT_WORD("GeForce"), COSTLINT_WORD("Quadro"), COSTLINT_WORD("Ti"),
              COSTLINT_WORD("Instinct"), COSTLINT_WORD("Ascend"), COSTLINT_WORD("Gaudi"),
              COSTLINT_WORD("SXM"), COSTLINT_WORD("PCIe"), COSTLINT_WORD("Ada"), COSTLINT_WORD("Xeon"),
              COSTLINT_WORD("Platinum"), word<TAO_PEGTL_STRING("Core")>, COSTLINT_WORD("EPYC"),
              COSTLINT_WORD("Ryzen"), COSTLINT_WORD("Jetson"), COSTLINT_WORD("AGX"), COSTLINT_WORD("Orin"),
              COSTLINT_WORD("Xavier"), COSTLINT_WORD("Nano"), COSTLINT_WORD("NX"), COSTLINT_WORD("Snapdragon"),
              COSTLINT_WORD("MacBook"),
              seq<TAO_PEGTL_ISTRING("Mac"),
                  opt<one<' '>, sor<TAO_PEGTL_ISTRING("Studio"), TAO_PEGTL_ISTRING("mini"), TAO_PEGTL_ISTRING("Pro")>,
                      word_end>,
                  word_end>,  // `Mac Studio`, `Mac mini`
              seq<TAO_PEGTL_STRING("Raspberry Pi"), word_end>>> {};
struct marked_model_word : seq<model_word, opt<trademark>> {};
/// `80 GB`, `80GB`: a card's memory after its model, no word of the model's.
struct memory_size : seq<rep_min_max<1, 3, digit>, star<one<' '>>, sor<TAO_PEGTL_STRING("GiB"), TAO_PEGTL_STRING("GB")>,
                         word_end> {};
struct model_words
    : seq<marked_model_word, rep_max<3, seq<one<' ', '-'>, not_at<memory_size>, marked_model_word>>> {};
/// `(80 GB)`, `80 GB`, `-80GB` after a model; ` GB` after one whose last word ends in
/// its memory's digits (`A100-80 GB`).
struct memory_suffix : sor<seq<star<one<' '>>, one<'('>, rep_min_max<1, 3, digit>, star<one<' '>>,
                               sor<TAO_PEGTL_STRING("GB"), TAO_PEGTL_STRING("GiB")>, one<')'>>,
                           seq<one<' ', '-'>, memory_size>,
                           seq<one<' '>, sor<TAO_PEGTL_STRING("GiB"), TAO_PEGTL_STRING("GB")>, word_end>> {};
/// `H100 80GB SXM5`, `A100 80 GB PCIe`: the model's words may go on after its memory.
struct device_model
    : seq<model_words, opt<memory_suffix, rep_max<2, seq<one<' ', '-'>, marked_model_word>>>> {};
/// `Intel Skylake CPUs`, `AMD Radeon GPUs`: a family a vendor names, without digits, before its class.
/// (Not `Google Cloud TPU v4`: a model's words after the class make it a model's name.)
struct vendor_family
    : seq<vendor, plus<one<' '>>, plus<alpha>, plus<one<' '>>, device_class, not_at<plus<one<' '>>, model_word>> {};
/// `NVIDIA P100 GPUs`, `32GB V100`, `32 GiB Tesla V100`, `400W NVIDIA A100`, `TPU v3 chips`, `GPUs`,
/// `GTX 1080 Ti NVIDIA GPU`, `Intel Xeon Platinum 8160 CPUs`.
struct device_phrase
    : sor<vendor_family,
          seq<opt<vendor, plus<one<' ', '\n'>>>, opt<notebook_service, plus<one<' '>>>,
              opt<sor<memory_prefix, power_prefix, clock_prefix>, plus<one<' ', '\n'>>>,
              opt<vendor, plus<one<' ', '\n'>>>,
              sor<seq<device_model, opt<plus<one<' '>>, vendor>, opt<gap, device_class>>, device_class>>> {};
/// `P100x8`, `TPUv2x16`: a model and its count, as tables write them.
struct times_count_end : seq<one<'x', 'X'>, rep_min_max<1, 6, digit>, word_end> {};
struct model_times_count
    : seq<plus<alpha>, star<not_at<times_count_end>, alnum>, times_count_end> {};

/// `P100 (x2)`, `V100 (×4)`, `TPU v4 (256 chips)`, `V100 GPUs (8 × 32 GB)`: a model's count after it,
/// in parentheses (before the memory of each).
struct parenthesized_count  // not `(*1)`, a footnote's mark
    : seq<star<one<' '>>, one<'('>,
          sor<seq<sor<TAO_PEGTL_STRING("×"), one<'x', 'X'>>, star<one<' '>>, rep_min_max<1, 6, digit>>,
              seq<rep_min_max<1, 6, digit>, star<one<' '>>, times_sign, star<one<' '>>, rep_min_max<1, 4, digit>,
                  star<one<' '>>, sor<TAO_PEGTL_STRING("GiB"), TAO_PEGTL_STRING("GB"), one<'G'>>>,
              seq<rep_min_max<1, 6, digit>, plus<one<' '>>,
                  sor<COSTLINT_WORD("chips"), COSTLINT_WORD("GPUs"), COSTLINT_WORD("TPUs"), COSTLINT_WORD("cards"),
                      COSTLINT_WORD("devices")>>>,
          one<')'>> {};

/// `V100 32GB * 1`, `A100 x 8`: a model's count after it, set apart by a times sign.
struct trailing_times_count
    : seq<plus<one<' '>>, sor<TAO_PEGTL_STRING("×"), one<'*', 'x', 'X'>>, star<one<' '>>, rep_min_max<1, 6, digit>,
          word_end> {};

/// `two training GPUs`, `8 idle GPUs`: a word that says what the accelerators did, before them.
struct accelerator_class : sor<COSTLINT_WORD("GPUs"), COSTLINT_WORD("GPU"), COSTLINT_WORD("TPUs"),
                               COSTLINT_WORD("TPU"), COSTLINT_WORD("accelerators")> {};
struct qualified_accelerators : seq<plus<lower>, plus<one<' '>>, accelerator_class> {};

/// `p4d.24xlarge`, `g4dn.metal`, `ml.p3.2xlarge`: an AWS instance type.
struct aws_size : sor<seq<star<digit>, opt<one<'x'>>, TAO_PEGTL_STRING("large")>, TAO_PEGTL_STRING("metal"),
                      TAO_PEGTL_STRING("medium"), TAO_PEGTL_STRING("small"), TAO_PEGTL_STRING("micro")> {};
struct aws_family : sor<TAO_PEGTL_STRING("inf"), TAO_PEGTL_STRING("trn"), TAO_PEGTL_STRING("hpc"),
                        TAO_PEGTL_STRING("mac"), TAO_PEGTL_STRING("dl"), TAO_PEGTL_STRING("vt"),
                        one<'a', 'c', 'd', 'f', 'g', 'h', 'i', 'm', 'p', 'r', 't', 'u', 'x', 'z'>> {};
struct aws_instance : seq<opt<TAO_PEGTL_STRING("ml.")>, aws_family, digit, star<sor<lower, digit>>, one<'.'>,
                          aws_size, word_end> {};
/// `n1-standard-8`, `a2-highgpu-8g`: a Google Cloud machine type.
struct gcp_series : sor<TAO_PEGTL_STRING("standard"), TAO_PEGTL_STRING("highmem"), TAO_PEGTL_STRING("highcpu"),
                        TAO_PEGTL_STRING("highgpu"), TAO_PEGTL_STRING("megagpu"), TAO_PEGTL_STRING("ultragpu"),
                        TAO_PEGTL_STRING("ultramem"), TAO_PEGTL_STRING("megamem")> {};
struct gcp_machine : seq<lower, digit, opt<lower>, one<'-'>, gcp_series, one<'-'>, rep_min_max<1, 3, digit>,
                         opt<one<'g'>>, word_end> {};
/// `Standard_NC24ads_A100_v4`: an Azure virtual machine's size.
struct azure_size : seq<TAO_PEGTL_STRING("Standard_"), plus<upper>, plus<digit>, star<sor<alnum, one<'_'>>>> {};
struct cloud_provider : sor<COSTLINT_WORD("Amazon"), COSTLINT_WORD("AWS"), COSTLINT_WORD("EC2"),
                            COSTLINT_WORD("Google"), COSTLINT_WORD("Cloud"), COSTLINT_WORD("GCP"),
                            COSTLINT_WORD("Compute"), COSTLINT_WORD("Engine"), COSTLINT_WORD("Microsoft"),
                            COSTLINT_WORD("Azure"), COSTLINT_WORD("SageMaker")> {};
/// `` `c5d.24xlarge` ``, `**g4dn.metal**`: Markdown's marks around a name.
struct name_marks : rep_max<2, one<'`', '*'>> {};
/// `Amazon EC2 c3.8xlarge`, `Google Cloud n1-standard-8`: a cloud's machine, by its type.
struct cloud_machine : seq<rep_max<4, seq<cloud_provider, plus<one<' '>>>>, name_marks,
                           sor<aws_instance, gcp_machine, azure_size>, name_marks> {};

/// `32-core machine`, `36 core server`: a machine named by its processor's cores.
struct cores_machine : seq<rep_min_max<1, 3, digit>, one<'-', ' '>, COSTLINT_WORD("core"), one<' '>,
                           sor<COSTLINT_WORD("machine"), COSTLINT_WORD("server"), COSTLINT_WORD("workstation"),
                               COSTLINT_WORD("CPU")>> {};

struct device_count : sor<number_value, count_word> {};
/// `8 NVIDIA P100 GPUs`, `8×A100 (80 GB)`, `8x V100s`, `a single GPU`.
struct hardware : seq<device_count, gap, opt<times_sign, star<one<' '>>>, device_phrase> {};
struct attached_hardware : seq<device_count, times_sign, star<one<' '>>, device_phrase> {};

// ---- units -----------------------------------------------------------------

/// A word of a unit, as far as the figure's classifier reads it: `GPU`, `hours`,
/// `TPUv3-core-days`, `tCO2eq`, `kWh`, `tokens/s`, `PF-days` (unit_readings.h reads up to four).
/// A `-` joins a unit's words (`GPU-hours`), but LaTeX's dashes (`--`, `---`) end them.
struct unit_char
    : sor<alnum, one<'/', '.', '_'>, seq<one<'-'>, not_at<one<'-'>>>, TAO_PEGTL_STRING("₂"), TAO_PEGTL_STRING("µ")> {};
struct unit_word : seq<rep_min_max<1, 24, unit_char>> {};
/// `$4.6M`, `US$ 12,000`, `USD 12,000` (not awk's field `{print $1}`).
struct dollars
    : sor<seq<opt<TAO_PEGTL_STRING("US")>, one<'$'>, opt<one<' '>>, number, opt<range_end>, not_at<one<'}'>>>,
          seq<TAO_PEGTL_STRING("USD"), plus<one<' '>>, opt<one<'$'>>, number, opt<range_end>>> {};

}  // namespace costlint::extract::cost_grammar
