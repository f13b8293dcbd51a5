import type { CommanderError } from 'commander';
import type { Bilingual, CommandSpec, OptionSpec } from './command-spec.js';
import { writtenOption } from './help.js';

/** The names Commander's English message quotes: 'id', '--port <N>', 'fr'. */
const quoted = (message: string): string[] => [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);

/** Commander's "(Did you mean --json?)", said in both languages. */
function suggestion(message: string): Bilingual {
  const m = /\(Did you mean (?:one of )?(.+)\?\)/.exec(message);
  return m ? { vi: ` Có phải ý bạn là ${m[1]}?`, en: ` Did you mean ${m[1]}?` } : { vi: '', en: '' };
}

const optionIn = (spec: CommandSpec | undefined, flags: string | undefined): OptionSpec | undefined => {
  const long = flags && /--([\w-]+)/.exec(flags)?.[1];
  return spec?.options.find((o) => o.long === long);
};

/**
 * What a command line Commander refused is, in Vietnamese then English, with what to do.
 * `spec` is the command it was given to, when there is one.
 */
export function usageMessage(error: CommanderError, spec: CommandSpec | undefined): Bilingual {
  const [first, second] = quoted(error.message);
  const command = spec ? `thidua ${spec.name}` : 'thidua';
  switch (error.code) {
    case 'commander.unknownCommand': {
      const s = suggestion(error.message);
      return { vi: `Không có lệnh "${first}".${s.vi} Các lệnh có:`, en: `unknown command "${first}".${s.en} The commands are:` };
    }
    case 'commander.unknownOption': {
      const s = suggestion(error.message);
      return { vi: `Lệnh ${command} không có tùy chọn "${first}".${s.vi}`, en: `${command} has no option "${first}".${s.en}` };
    }
    case 'commander.missingArgument': {
      const arg = spec?.arguments.find((a) => a.name === first);
      return arg
        ? { vi: `Thiếu <${first}>: ${arg.text.vi}.`, en: `missing <${first}>: ${arg.text.en}.` }
        : { vi: `Thiếu đối số <${first}>.`, en: `missing argument <${first}>.` };
    }
    case 'commander.optionMissingArgument': {
      const option = optionIn(spec, first);
      const name = first?.replace(/ <.*$/, '');
      const written = option ? `--${option.long} ${option.choices?.join('|') ?? option.value}` : first;
      return { vi: `Thiếu giá trị cho ${name}: hãy viết ${written}.`, en: `${name} needs a value: write ${written}.` };
    }
    case 'commander.missingMandatoryOptionValue': {
      const option = optionIn(spec, first);
      return option
        ? { vi: `Thiếu tùy chọn ${writtenOption(option)} (${option.text.vi}).`, en: `${writtenOption(option)} is required (${option.text.en}).` }
        : { vi: `Thiếu tùy chọn bắt buộc ${first}.`, en: `the option ${first} is required.` };
    }
    case 'commander.invalidArgument': {
      const option = optionIn(spec, first);
      const allowed = option?.choices ? { vi: `: hãy dùng ${option.choices.join(' hoặc ')}`, en: `: use ${option.choices.join(' or ')}` } : { vi: '', en: '' };
      return { vi: `Giá trị "${second}" không dùng được cho --${option?.long ?? first}${allowed.vi}.`, en: `"${second}" is not a valid value of --${option?.long ?? first}${allowed.en}.` };
    }
    case 'commander.excessArguments': {
      const expected = spec?.arguments.length ?? 0;
      const got = /got (\d+)/.exec(error.message)?.[1] ?? '?';
      return {
        vi: `Thừa đối số: ${command} ${expected ? `nhận ${expected} đối số` : 'không nhận đối số nào'}, nhưng được cho ${got}. Một giá trị có dấu cách cần đặt trong dấu ngoặc kép.`,
        en: `too many arguments: ${command} takes ${expected || 'none'}, but was given ${got}. Quote a value that holds spaces.`,
      };
    }
    default:
      return { vi: `Lệnh gọi sai (${error.message.replace(/^error: /, '')}).`, en: error.message.replace(/^error: /, '') };
  }
}
