// What a county technician installs from kiosk/: the launcher starts Chromium with the flags that lock a kiosk down
// and a fresh profile each time, refuses a config it cannot trust, and the managed policies use only names Chromium
// knows, with the values that mean "no developer tools, no incognito, no downloads, only our origin".
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const launcher = new URL('../../kiosk/mzy-kiosk-launch.sh', import.meta.url).pathname;

function fakeChromium(dir: string) {
  const fake = join(dir, 'chromium');
  // Prints one argument a line, and whether the profile it was given exists and is empty.
  writeFileSync(fake, '#!/bin/sh\nfor a in "$@"; do echo "ARG $a"; case "$a" in --user-data-dir=*) d="${a#--user-data-dir=}"; [ -d "$d" ] && [ -z "$(ls -A "$d")" ] && echo "PROFILE empty";; esac; done\n');
  chmodSync(fake, 0o755);
  return fake;
}

function run(config: string) {
  const dir = mkdtempSync(join(tmpdir(), 'mzy-kiosk-launch-'));
  const conf = join(dir, 'terminal.conf');
  writeFileSync(conf, config, { mode: 0o600 });
  const result = spawnSync('sh', [launcher], { env: { PATH: '/usr/bin:/bin', MZY_KIOSK_CONFIG: conf, MZY_KIOSK_CHROMIUM: fakeChromium(dir), TMPDIR: dir }, encoding: 'utf8' });
  const args = result.stdout.split('\n').filter((l) => l.startsWith('ARG ')).map((l) => l.slice(4));
  return { ...result, args, dir };
}

const GOOD = 'MZY_SERVER_URL=https://mzj.example.gov.cn/\nMZY_TERMINAL_ID=7\nMZY_TERMINAL_KEY=abc_DEF-123\n';

describe('kiosk/mzy-kiosk-launch.sh', () => {
  it('starts Chromium locked down on the terminal\'s page, in a new empty profile it removes afterwards', () => {
    const { status, args, stdout, stderr } = run(GOOD);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    for (const flag of ['--kiosk', '--noerrdialogs', '--disable-session-crashed-bubble', '--disable-pinch', '--overscroll-history-navigation=0', '--disable-translate', '--disable-features=Translate', '--kiosk-printing', '--no-first-run']) {
      expect(args).toContain(flag);
    }
    expect(args.at(-1)).toBe('https://mzj.example.gov.cn/kiosk/#terminal=7&key=abc_DEF-123&paper=58mm');
    expect(stdout).toContain('PROFILE empty');
    const profile = args.find((a) => a.startsWith('--user-data-dir='))!.slice('--user-data-dir='.length);
    expect(existsSync(profile)).toBe(false);
    const again = run(GOOD).args.find((a) => a.startsWith('--user-data-dir='));
    expect(again).not.toBe(`--user-data-dir=${profile}`);
  });

  it('refuses a config without an https or http server, a numeric id or a plain credential, saying which', () => {
    const noScheme = run('MZY_SERVER_URL=mzj.example.gov.cn\nMZY_TERMINAL_ID=7\nMZY_TERMINAL_KEY=abc\n');
    expect(noScheme.status).not.toBe(0);
    expect(noScheme.stderr).toContain('MZY_SERVER_URL');
    expect(noScheme.args).toEqual([]);
    expect(run('MZY_SERVER_URL=https://a.example\nMZY_TERMINAL_ID=x7\nMZY_TERMINAL_KEY=abc\n').stderr).toContain('MZY_TERMINAL_ID');
    // A credential with shell or URL syntax in it is refused, not passed on or run.
    const injected = run('MZY_SERVER_URL=https://a.example\nMZY_TERMINAL_ID=7\nMZY_TERMINAL_KEY=abc$(touch /tmp/x)&x=1\n');
    expect(injected.status).not.toBe(0);
    expect(injected.stderr).toContain('MZY_TERMINAL_KEY');
  });

  it('tells the page the printer\'s paper: 58mm by default, a4 when set, anything else refused', () => {
    expect(run(`${GOOD}MZY_PRINTER_PAPER=a4\n`).args.at(-1)).toBe('https://mzj.example.gov.cn/kiosk/#terminal=7&key=abc_DEF-123&paper=a4');
    const odd = run(`${GOOD}MZY_PRINTER_PAPER=letter&x=1\n`);
    expect(odd.status).not.toBe(0);
    expect(odd.stderr).toContain('MZY_PRINTER_PAPER');
    expect(odd.args).toEqual([]);
  });

  it('passes the ID-card reader bridge of MZY_READER_URL in the fragment, only on 127.0.0.1, and none when it is unset', () => {
    const withReader = run(`${GOOD}MZY_READER_URL=http://127.0.0.1:24010/idcard/\n`);
    expect(withReader.stderr).toBe('');
    expect(withReader.args.at(-1)).toBe('https://mzj.example.gov.cn/kiosk/#terminal=7&key=abc_DEF-123&paper=58mm&reader=http://127.0.0.1:24010/idcard/');
    expect(run(GOOD).args.at(-1)).not.toContain('reader=');
    for (const wrong of ['http://192.168.1.5:24010/', 'http://127.0.0.1/', 'https://127.0.0.1:24010/', 'http://127.0.0.1:24010/a&key=x']) {
      const refused = run(`${GOOD}MZY_READER_URL=${wrong}\n`);
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toContain('MZY_READER_URL');
      expect(refused.args).toEqual([]);
    }
  });

  it('passes shellcheck when shellcheck is installed', () => {
    const found = spawnSync('sh', ['-c', 'command -v shellcheck'], { encoding: 'utf8' }).stdout.trim();
    if (!found) return;
    execFileSync(found, ['-s', 'sh', launcher]);
  });
});

// Policy names and their numbers from Chromium's own list, components/policy/resources/templates/policies.yaml
// (chromium/chromium at 0045f193e2fdeb4cba8b53269cc1b1ef0f29b68f); meanings from the Chrome Enterprise policy list.
const CHROMIUM_POLICIES: Record<string, number> = {
  SavingBrowserHistoryDisabled: 11, PrintingEnabled: 12, MetricsReportingEnabled: 15, PasswordManagerEnabled: 16, SyncDisabled: 20,
  DefaultPopupsSetting: 52, DefaultNotificationsSetting: 53, DefaultGeolocationSetting: 54, TranslateEnabled: 80, BookmarkBarEnabled: 82,
  EditBookmarksEnabled: 83, AllowFileSelectionDialogs: 84, IncognitoModeAvailability: 93, BackgroundModeEnabled: 138, HideWebStoreIcon: 189,
  BrowserGuestModeEnabled: 275, BrowserAddPersonEnabled: 276, DownloadRestrictions: 371, AutofillCreditCardEnabled: 392,
  DeveloperToolsAvailability: 443, AutofillAddressEnabled: 459, BrowserSignin: 487, URLBlocklist: 736, URLAllowlist: 737, ExtensionInstallBlocklist: 740,
};

describe('kiosk/policies/mzy-kiosk.json', () => {
  const policies = JSON.parse(readFileSync(new URL('../../kiosk/policies/mzy-kiosk.json', import.meta.url), 'utf8')) as Record<string, unknown>;

  it('names only policies in Chromium\'s list', () => {
    expect(Object.keys(policies).filter((k) => !(k in CHROMIUM_POLICIES))).toEqual([]);
  });

  it('blocks every address but the portal\'s /kiosk/ and /api/, developer tools, incognito and every download', () => {
    expect(policies).toMatchObject({ URLBlocklist: ['*'], DeveloperToolsAvailability: 2, IncognitoModeAvailability: 1, DownloadRestrictions: 3, BrowserGuestModeEnabled: false });
    const allowed = policies['URLAllowlist'] as string[];
    expect(allowed.every((u) => /^https:\/\/mzj\.example\.gov\.cn\/(kiosk|api)\/$/.test(u))).toBe(true);
  });
});
