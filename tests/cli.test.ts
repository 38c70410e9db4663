/**
 * The vanban command, run as a real process (`npm test` builds it first):
 * outputs, order, CSV, faults, resume, exit codes.
 */

import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {parsePlan} from '../src/index.js'

const root = new URL('..', import.meta.url).pathname
const bin = join(root, 'dist/src/cli/main.js')
const corpus = join(root, 'corpus')
const names = readdirSync(corpus).filter((n) => n.endsWith('.txt') || n.endsWith('.md')).sort()

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {input, encoding: 'utf8', cwd: root, timeout: 60_000})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function temp(): string {
  return mkdtempSync(join(tmpdir(), 'vanban-cli-'))
}

beforeAll(() => {
  if (!existsSync(bin)) throw new Error('dist/ is missing: run "npm run build" (npm test does it)')
})

describe('usage', () => {
  it('--help shows examples and exits 0', () => {
    const r = run(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Examples')
    expect(r.stdout).toContain('--targets-csv')
  })

  it.each([
    [[], 'no input given'],
    [['--nope', 'corpus'], "Unknown option '--nope'"],
    [['corpus', '--jobs', '0'], '--jobs takes a whole number'],
    [['corpus', '--resume'], '--resume needs --out'],
    [['corpus', '--out', 'corpus'], 'never writes next to its inputs'],
    [['corpus', '--out', 'x', '--jsonl'], 'choose one'],
    [['corpus', '--targets-csv', '-'], 'where the JSON goes too'],
    [['corpus', '--out', 'x', '--targets-csv', '-', '--tasks-csv', '-'], 'both write to stdout']
  ])('%j is a usage error (exit 2)', (args, message) => {
    const r = run(args as string[])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
    expect(r.stderr).toContain('vanban --help')
  })
})

describe('conversion', () => {
  it('--out writes one JSON per input, the same tree as parsePlan', () => {
    const out = temp()
    const r = run(['corpus', '--out', out, '--jobs', '2', '--quiet'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    const written = readdirSync(out).sort()
    expect(written).toEqual(names.map((n) => n.replace(/\.(txt|md)$/, '.json')))
    const first = JSON.parse(readFileSync(join(out, written[0]!), 'utf8'))
    expect(first).toEqual(JSON.parse(JSON.stringify(parsePlan(readFileSync(join(corpus, names[0]!), 'utf8')))))
    expect(readdirSync(out).some((n) => n.endsWith('.tmp'))).toBe(false)
  })

  it('keeps the directory structure', () => {
    const src = temp()
    mkdirSync(join(src, 'an-giang', '2022'), {recursive: true})
    writeFileSync(join(src, 'an-giang', '2022', 'kh.txt'), 'I. MỤC TIÊU\n- 100% hồ sơ.')
    const out = temp()
    expect(run([src, '--out', out, '-q']).code).toBe(0)
    expect(existsSync(join(out, 'an-giang', '2022', 'kh.json'))).toBe(true)
  })

  it('--jsonl keeps input order with several workers, and prints a summary', () => {
    const r = run(['corpus', '--jsonl', '--jobs', '2'])
    expect(r.code).toBe(0)
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(names.length)
    const numbers = lines.map((l) => JSON.parse(l).meta.documentNumber)
    expect(numbers).toEqual(names.map((n) => parsePlan(readFileSync(join(corpus, n), 'utf8')).meta.documentNumber))
    expect(r.stderr).toMatch(new RegExp(`vanban: ${names.length} documents, \\d+ targets, \\d+ citations, diagnostics: .*; 0 failed`))
  })

  it('--targets-csv and --citations-csv write one row per target and per citation', () => {
    const dir = temp()
    const r = run(['corpus', '--out', join(dir, 'json'), '--targets-csv', join(dir, 't.csv'), '--citations-csv', join(dir, 'c.csv'), '-q'])
    expect(r.code).toBe(0)
    const plans = names.map((n) => parsePlan(readFileSync(join(corpus, n), 'utf8')))
    const targets = readFileSync(join(dir, 't.csv'), 'utf8').trimEnd().split('\r\n')
    expect(targets[0]!.startsWith('documentNumber,issuer,')).toBe(true)
    expect(targets.length - 1).toBe(plans.reduce((n, p) => n + p.targets.length, 0))
    const citations = readFileSync(join(dir, 'c.csv'), 'utf8').trimEnd().split('\r\n')
    expect(citations.length - 1).toBe(plans.reduce((n, p) => n + p.citations.length, 0))
  })

  it('"--targets-csv -" writes the CSV to stdout when --out takes the JSON', () => {
    const dir = temp()
    const file = run(['corpus', '--out', join(dir, 'a'), '--targets-csv', join(dir, 't.csv'), '-q'])
    const piped = run(['corpus', '--out', join(dir, 'b'), '--targets-csv', '-', '-q'])
    expect([file.code, piped.code]).toEqual([0, 0])
    expect(piped.stdout).toBe(readFileSync(join(dir, 't.csv'), 'utf8'))
    expect(readdirSync(join(dir, 'b')).sort()).toEqual(readdirSync(join(dir, 'a')).sort())
  })

  it('a reader that closes the pipe early ("vanban corpus --jsonl | head -c 10") ends the run quietly, with no stack trace', () => {
    // The JSON of the corpus is far more than a pipe holds: the writes after "head" exits meet a closed pipe.
    const script = `"${process.execPath}" "${bin}" corpus --jsonl -q | head -c 10 > /dev/null; echo "status \${PIPESTATUS[0]}"`
    const result = spawnSync('bash', ['-c', script], {encoding: 'utf8', cwd: root, timeout: 60_000})
    expect(result.stderr).toBe('')
    expect(result.stdout.trim()).toBe('status 0')
  })

  it('reads standard input with -', () => {
    const r = run(['-', '--jsonl', '-q'], 'Số: 12/KH-UBND\nHà Nội, ngày 01 tháng 02 năm 2023\nI. MỤC TIÊU\n- 100% hồ sơ.')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).meta.documentNumber).toBe('12/KH-UBND')
  })

  it('decodes standard input as it decodes files: UTF-16, and an empty input is named', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Số: 12/KH-UBND\nI. MỤC TIÊU\n- 100% hồ sơ.', 'utf16le')])
    const result = spawnSync(process.execPath, [bin, '-', '--jsonl', '-q'], {input: bytes, cwd: root, timeout: 60_000})
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout.toString('utf8')).meta.documentNumber).toBe('12/KH-UBND')
    const empty = run(['-', '--jsonl', '-q'], '')
    expect(empty.code).toBe(1)
    expect(empty.stderr).toContain('<stdin>: the file is empty')
  })

  it('expands glob patterns', () => {
    const r = run(['corpus/00[0-1]*.txt', '--jsonl', '-q'])
    expect(r.code).toBe(0)
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2)
  })
})

describe('faults', () => {
  it('names each bad file and why, converts the rest, exits 1', () => {
    const src = temp()
    writeFileSync(join(src, 'a-empty.txt'), '')
    writeFileSync(join(src, 'b-binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))
    writeFileSync(join(src, 'c-tcvn3.txt'), Buffer.from('B\xb8o c\xb8o t\xb5i ch\xddnh n\xa8m 2021 cña \xbb nh\xb8', 'latin1'))
    writeFileSync(join(src, 'd-vni.txt'), Buffer.from('Vie\xe4t Nam, ke\xe1 hoa\xefch, nga\xf8y tha\xf9ng', 'latin1'))
    writeFileSync(join(src, 'e-latin1.txt'), Buffer.from('caf\xe9 \xa9 \x80\x81', 'latin1'))
    writeFileSync(join(src, 'f-ok.txt'), 'I. MỤC TIÊU\n- 100% hồ sơ.')
    const out = temp()
    const r = run([src, '--out', out, '--jobs', '2'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('a-empty.txt: the file is empty')
    expect(r.stderr).toContain('b-binary.txt: the file is binary')
    expect(r.stderr).toContain('c-tcvn3.txt: the file is in the legacy TCVN3 (ABC) encoding')
    expect(r.stderr).toContain('d-vni.txt: the file is in the legacy VNI encoding')
    expect(r.stderr).toContain('e-latin1.txt: the file is not UTF-8 text')
    expect(r.stderr).toContain('; 5 failed;')
    expect(readdirSync(out)).toEqual(['f-ok.json'])
  })

  it('a missing input is named and the others still convert', () => {
    const out = temp()
    const r = run(['corpus/000_de54b253d014f3ae.txt', 'nope.txt', '--out', out, '-q'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('nope.txt: no such file')
    expect(readdirSync(out)).toEqual(['000_de54b253d014f3ae.json'])
  })
})

describe('--resume', () => {
  it('skips inputs whose output is up to date', () => {
    const out = temp()
    expect(run(['corpus', '--out', out, '-q']).code).toBe(0)
    const file = join(out, names[0]!.replace(/\.txt$/, '.json'))
    const before = statSync(file).mtimeMs
    const r = run(['corpus', '--out', out, '--resume'])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(`0 documents (${names.length} up to date, skipped)`)
    expect(statSync(file).mtimeMs).toBe(before)
  })
})

describe('output names', () => {
  it('"plan.txt" and "plan.md" side by side do not write over each other', () => {
    const src = temp()
    writeFileSync(join(src, 'plan.txt'), 'Số: 1/KH-UBND\nII. MỤC TIÊU\n- Nội dung.')
    writeFileSync(join(src, 'plan.md'), '# KẾ HOẠCH\n\nSố: 2/KH-UBND\n\n## II. MỤC TIÊU\n')
    writeFileSync(join(src, 'other.txt'), 'II. MỤC TIÊU\n- Nội dung.')
    const dir = temp()
    const r = run([src, '--out', dir, '-q'])
    expect(r.code).toBe(0)
    expect(readdirSync(dir).sort()).toEqual(['other.json', 'plan.md.json', 'plan.txt.json'])
  })
})

describe('output paths', () => {
  it('a CSV file in a directory that does not exist yet is written there', () => {
    const src = temp()
    writeFileSync(join(src, 'kh.txt'), 'II. MỤC TIÊU\n- Phấn đấu 100% hồ sơ đúng hạn.')
    const dir = temp()
    const r = run([src, '--out', join(dir, 'json'), '--targets-csv', join(dir, 'csv', 'new', 'targets.csv'), '-q'])
    expect(r.code).toBe(0)
    expect(readFileSync(join(dir, 'csv', 'new', 'targets.csv'), 'utf8').trimEnd().split('\r\n')).toHaveLength(2)
  })

  it('a CSV path that cannot be written is a usage error, named before any document is read', () => {
    const src = temp()
    writeFileSync(join(src, 'kh.txt'), 'II. MỤC TIÊU\n- Nội dung.')
    const file = join(temp(), 'a-file')
    writeFileSync(file, 'x')
    const r = run([src, '--jsonl', '--citations-csv', join(file, 'c.csv')])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`--citations-csv ${join(file, 'c.csv')}: cannot write there`)
    expect(r.stdout).toBe('')
  })

  it('an --out directory that cannot be created is a usage error too', () => {
    const src = temp()
    writeFileSync(join(src, 'kh.txt'), 'II. MỤC TIÊU\n- Nội dung.')
    const file = join(temp(), 'a-file')
    writeFileSync(file, 'x')
    const r = run([src, '--out', join(file, 'out')])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`--out ${join(file, 'out')}: cannot create the directory`)
  })
})

describe('--tasks-csv', () => {
  it('writes one row per task of the appendix tables', () => {
    const src = temp()
    writeFileSync(join(src, 'kh.txt'), 'I. NỘI DUNG\nPHỤ LỤC\n| Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|\n| Rà soát văn bản | Sở Tư pháp | Quý II/2022 |\n| Kiểm tra | Sở Nội vụ | Hằng năm |')
    const dir = temp()
    const r = run([src, '--out', join(dir, 'json'), '--tasks-csv', join(dir, 'tasks.csv'), '-q'])
    expect(r.code).toBe(0)
    const lines = readFileSync(join(dir, 'tasks.csv'), 'utf8').trimEnd().split('\r\n')
    expect(lines[0]).toBe('documentNumber,issuer,group,description,lead,leadCanonical,partners,deadline,deadlineFrom,deadlineTo,recurring,output,origin,line')
    expect(lines.slice(1)).toEqual([',,,Rà soát văn bản,Sở Tư pháp,Sở Tư pháp,,Quý II/2022,2022-04-01,2022-06-30,,,table,5', ',,,Kiểm tra,Sở Nội vụ,Sở Nội vụ,,Hằng năm,,,yearly,,table,6'])
  })
})
