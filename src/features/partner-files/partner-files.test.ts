import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BOM = '\uFEFF';

/** A spreadsheet built the way a coordinator's Excel would save it. */
async function xlsxFile(rows: (string | number)[][], sheetName = 'Blad1'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe.each(testDatabases)('partner import and export (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  const db = () => app.runtime.deps.db;

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
  });
  afterAll(() => app?.close());

  const upload = (body: string | Uint8Array, type = CSV, dryRun = false, by = coordinator, network = networkId) =>
    by.request('POST', `/api/networks/${network}/partners/import?dryRun=${dryRun}`, body, { 'content-type': type });
  const partnerNames = async (network = networkId) =>
    (await db().selectFrom('partners').select('name').where('network_id', '=', network).orderBy('name').execute()).map((p) => p.name);
  const count = async (table: 'partners' | 'invitations' | 'mail_messages' | 'audit_events') =>
    Number((await db().selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('checks a Dutch Excel CSV (BOM, ";", quotes, Dutch sector names) in a dry run without writing', async () => {
    const before = await Promise.all([count('partners'), count('invitations'), count('mail_messages'), count('audit_events')]);
    const csv =
      `${BOM}naam;sector;kvk;agb;ura;website;omschrijving;vertegenwoordiger_email\r\n` +
      `GGZ Noord;GGZ;4198 7654;22012345;;https://ggznoord.example;"Crisisdienst; dag en nacht\r\nook in het weekend";k.smit@ggznoord.example\r\n` +
      `Stichting Ster;Gehandicaptenzorg/LVB;40211223;;;;LVB-zorg;"a.bakker@ster.example; j.visser@ster.example"\r\n` +
      `\r\n` +
      `Thuiszorg De Linde;vvt / thuiszorg;;;;;;\r\n`;
    const res = await upload(csv, CSV, true);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      dryRun: true,
      rows: [
        { row: 2, name: 'GGZ Noord', status: 'ok', errors: [] },
        { row: 3, name: 'Stichting Ster', status: 'ok', errors: [] },
        { row: 5, name: 'Thuiszorg De Linde', status: 'ok', errors: [] },
      ],
      created: 3,
      invited: 3,
      ignoredColumns: [],
    });
    expect(await Promise.all([count('partners'), count('invitations'), count('mail_messages'), count('audit_events')])).toEqual(before);
  });

  it('imports all rows in one go, invites and mails the representatives, and audits once', async () => {
    const csv =
      `${BOM}naam;sector;kvk;agb;ura;website;omschrijving;vertegenwoordiger_email\r\n` +
      `GGZ Noord;GGZ;4198 7654;22012345;;https://ggznoord.example;"Crisisdienst; dag en nacht\r\nook in het weekend";K.Smit@ggznoord.example\r\n` +
      `Stichting Ster;Gehandicaptenzorg/LVB;40211223;;;;LVB-zorg;"a.bakker@ster.example; j.visser@ster.example"\r\n` +
      `Thuiszorg De Linde;vvt / thuiszorg;;;;;;\r\n`;
    const res = await upload(csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: false, created: 3, invited: 3 });

    const ggz = await db().selectFrom('partners').selectAll().where('network_id', '=', networkId).where('name', '=', 'GGZ Noord').executeTakeFirstOrThrow();
    expect(ggz).toMatchObject({ sector: 'ggz', kvk: '41987654', agb: '22012345', ura: null, website: 'https://ggznoord.example' });
    expect(ggz.description).toBe('Crisisdienst; dag en nacht\nook in het weekend');
    const invitations = await db()
      .selectFrom('invitations as i')
      .innerJoin('partners as p', 'p.id', 'i.partner_id')
      .select(['i.email', 'i.role', 'p.name'])
      .where('i.network_id', '=', networkId)
      .orderBy('i.email')
      .execute();
    expect(invitations).toEqual([
      { email: 'a.bakker@ster.example', role: 'representative', name: 'Stichting Ster' },
      { email: 'j.visser@ster.example', role: 'representative', name: 'Stichting Ster' },
      { email: 'k.smit@ggznoord.example', role: 'representative', name: 'GGZ Noord' },
    ]);
    const mail = await db().selectFrom('mail_messages').select(['body_text']).where('to_address', '=', 'k.smit@ggznoord.example').executeTakeFirstOrThrow();
    expect(mail.body_text).toContain('namens GGZ Noord');
    const audit = await db().selectFrom('audit_events').select(['action', 'details']).where('network_id', '=', networkId).where('action', '=', 'partners.import').execute();
    expect(audit).toEqual([{ action: 'partners.import', details: { format: 'csv', created: 3, invited: 3 } }]);
  });

  it('reads a CSV with "," and English headers, and one in Windows-1252', async () => {
    const network = await createNetwork(coordinator, 'Komma-netwerk');
    const english = `name,sector,description,representative_email\nWijkteam Centrum,wijkteam,"Toegang, ook voor Wmo",\nWelzijn Noord,Welzijn,,\n`;
    expect((await upload(english, CSV, false, coordinator, network)).body).toMatchObject({ created: 2, invited: 0 });
    const ansi = new Uint8Array(Buffer.from('naam;sector\r\nCliëntondersteuning Noord;Cliëntvertegenwoordiging\r\n', 'latin1'));
    expect((await upload(ansi, CSV, false, coordinator, network)).status).toBe(200);
    expect(await partnerNames(network)).toEqual(['Cliëntondersteuning Noord', 'Welzijn Noord', 'Wijkteam Centrum']);
    const sectors = await db().selectFrom('partners').select('sector').where('network_id', '=', network).orderBy('name').execute();
    expect(sectors.map((s) => s.sector)).toEqual(['clientvertegenwoordiging', 'welzijn', 'wijkteam']);
  });

  it('reads an XLSX workbook, giving numeric identifiers back their leading zeros', async () => {
    const network = await createNetwork(coordinator, 'Excel-netwerk');
    const file = await xlsxFile([
      ['Naam', 'Sector', 'KvK', 'Omschrijving', 'Drijfveren'],
      ['Huisartsenkring Noord', 'Huisartsenzorg', 1234567, 'Kring van 64 huisartsen', 'Wordt genegeerd'],
      ['Jeugdhulp Noord', 'jeugdhulp', '41555777', '', ''],
    ]);
    const dry = await upload(file, XLSX, true, coordinator, network);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ created: 2, ignoredColumns: ['Drijfveren'] });
    expect((await upload(file, XLSX, false, coordinator, network)).status).toBe(200);
    const rows = await db().selectFrom('partners').select(['name', 'kvk']).where('network_id', '=', network).orderBy('name').execute();
    expect(rows).toEqual([
      { name: 'Huisartsenkring Noord', kvk: '01234567' },
      { name: 'Jeugdhulp Noord', kvk: '41555777' },
    ]);
  });

  it('refuses a file with any bad row as a whole: 400 with a report per row, nothing written', async () => {
    await invitePerson(app, coordinator, networkId, { name: 'Mo Member', email: 'mo@wijkteam.example', role: 'member' });
    const before = await Promise.all([count('partners'), count('invitations'), count('mail_messages'), count('audit_events')]);
    const csv = [
      'naam;sector;kvk;website;vertegenwoordiger_email',
      'Veilig Thuis Noord;anders;40888999;;',
      'Welzijn Zuid;welzijn;1234;;',
      'Onbekend BV;ziekenhuis;;;',
      'Veilig Thuis noord;anders;;;',
      'ggz noord;ggz;;;',
      'Wijkplein;wijkteam;;www.wijkplein;"niet-een-adres; mo@wijkteam.example"',
      'Jongerenwerk Oost;welzijn;;;a@oost.example',
      'Jongerenwerk West;welzijn;;;A@oost.example',
      ';jeugdhulp;;;',
    ].join('\n');
    for (const dryRun of [false, true]) {
      const res = await upload(csv, CSV, dryRun);
      expect(res.status).toBe(dryRun ? 200 : 400);
      const rows = dryRun ? res.body.rows : res.body.error.details;
      if (!dryRun) expect(res.body.error.code).toBe('validation_failed');
      else expect(res.body).toMatchObject({ dryRun: true, created: 0, invited: 0 });
      const codes = Object.fromEntries(rows.map((r: any) => [r.row, r.errors.map((e: any) => `${e.field}:${e.code}${e.otherRow ? `@${e.otherRow}` : ''}`)]));
      expect(codes).toEqual({
        2: [],
        3: ['kvk:invalid_identifier'],
        4: ['sector:unknown_sector'],
        5: ['name:duplicate_in_file@2'],
        6: ['name:duplicate_in_network'],
        7: ['website:invalid_url', 'representativeEmail:invalid_email', 'representativeEmail:already_member'],
        8: [],
        9: ['representativeEmail:duplicate_in_file@8'],
        10: ['name:required'],
      });
      expect(rows.find((r: any) => r.row === 2)).toEqual({ row: 2, name: 'Veilig Thuis Noord', status: 'ok', errors: [] });
      expect(rows.find((r: any) => r.row === 3).status).toBe('error');
    }
    expect(await Promise.all([count('partners'), count('invitations'), count('mail_messages'), count('audit_events')])).toEqual(before);
  });

  it('refuses files it cannot read with an issue on the file', async () => {
    const problem = async (body: string | Uint8Array, type = CSV) => {
      const res = await upload(body, type);
      expect(res.status).toBe(400);
      return res.body.error.details[0].code as string;
    };
    expect(await problem('')).toBe('empty_file');
    expect(await problem('naam;sector\n')).toBe('empty_file');
    expect(await problem('organisatie type;sector\nGGZ;ggz\n')).toBe('missing_name_column');
    expect(await problem('naam\nGGZ\n')).toBe('missing_sector_column');
    expect(await problem('naam;name;sector\nA;B;ggz\n')).toBe('duplicate_column');
    expect(await problem('naam;sector\n"GGZ;ggz\n')).toBe('unreadable_file');
    expect(await problem('naam;sector\nGGZ;ggz\n', XLSX)).toBe('unreadable_file');
    expect(await problem(await xlsxFile([['naam', 'sector'], ['A', 'ggz']]), CSV)).toBe('unreadable_file');
    const json = await coordinator.post(`/api/networks/${networkId}/partners/import`, { rows: [] });
    expect(json.status).toBe(415);
    const plain = await upload('naam;sector\nA;ggz\n', 'text/plain');
    expect(plain.status).toBe(415);
  });

  it('lets only the coordinator import, and every role export', async () => {
    const partnerId = await addPartner(app, networkId, 'Huisartsenkring Noord', 'huisartsenzorg');
    const people = {
      representative: await invitePerson(app, coordinator, networkId, { name: 'Rita', email: 'rita@huisarts.example', role: 'representative', partnerId }),
      member: await invitePerson(app, coordinator, networkId, { name: 'Mia', email: 'mia@huisarts.example', role: 'member' }),
      observer: await invitePerson(app, coordinator, networkId, { name: 'Olaf', email: 'olaf@gemeente.example', role: 'observer' }),
    };
    const before = await count('partners');
    for (const client of Object.values(people)) {
      const res = await upload('naam;sector\nIndringer;anders\n', CSV, false, client);
      expect(res.status).toBe(403);
      expect((await upload('naam;sector\nIndringer;anders\n', CSV, true, client)).status).toBe(403);
      const file = await client.get(`/api/networks/${networkId}/partners/export?format=csv`);
      expect(file.status).toBe(200);
    }
    expect(await count('partners')).toBe(before);
  });

  it('exports CSV for Dutch Excel: BOM, ";", the current profile, representatives, formulas made harmless', async () => {
    const ggz = await db().selectFrom('partners').select('id').where('network_id', '=', networkId).where('name', '=', 'GGZ Noord').executeTakeFirstOrThrow();
    const user = await db().selectFrom('users').select('id').executeTakeFirstOrThrow();
    const profile = (version: number, offer: string) => ({
      id: crypto.randomUUID(),
      network_id: networkId,
      partner_id: ggz.id,
      version,
      drivers: 'Jongeren op tijd helpen',
      interests: 'Houdbare bezetting',
      values: 'Zorgvuldigheid',
      work_logic: 'Eerst triage',
      offer,
      need: 'LVB-consultatie bij crisis',
      competences: 'Triage',
      constituency: 'Psychiaters',
      constituency_risks: '=Nachtdienst onder druk',
      change_note: '',
      author_id: user.id,
    });
    await db().insertInto('partner_profile_versions').values([profile(1, 'Oud aanbod'), profile(2, 'Crisisbeoordeling binnen 24 uur\nConsult voor huisartsen')]).execute();

    const res = await coordinator.get(`/api/networks/${networkId}/partners/export?format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="partners-crisisroute-jeugd-regio-noord-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (res.body as string).split('\r\n');
    expect(lines[0]).toBe(
      'naam;sector;kvk;agb;ura;website;omschrijving;vertegenwoordiger_email;drijfveren;belangen;waarden;werklogica;aanbod;behoefte;talenten;achterban;risicos_achterban',
    );
    const text = res.body as string;
    expect(text).toContain('GGZ Noord;ggz;41987654;22012345;;https://ggznoord.example;');
    expect(text).toContain('"Crisisbeoordeling binnen 24 uur\nConsult voor huisartsen"');
    expect(text).not.toContain('Oud aanbod');
    expect(text).toContain(";'=Nachtdienst onder druk");
    expect(text).toContain('Huisartsenkring Noord;huisartsenzorg;;;;;;rita@huisarts.example;');
  });

  it('exports XLSX with a sheet "Partners", bold headers and identifiers as text', async () => {
    const res = await coordinator.get(`/api/networks/${networkId}/partners/export?format=xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('content-disposition')).toMatch(/filename="partners-crisisroute-jeugd-regio-noord-[\d-]+\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(res.bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Partners')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('naam');
    expect(sheet.getRow(1).font?.bold ?? sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    const ggzRow = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => row.getCell(1).value === 'GGZ Noord')!;
    expect(ggzRow.getCell(3).value).toBe('41987654');
    expect(ggzRow.getCell(13).value).toBe('Crisisbeoordeling binnen 24 uur\nConsult voor huisartsen');
    expect(ggzRow.getCell(17).value).toBe('=Nachtdienst onder druk');
  });

  it('round-trips: an export imported into a new network gives the same partners', async () => {
    const fields = ['name', 'sector', 'kvk', 'agb', 'ura', 'website', 'description'] as const;
    const partnersOf = (network: string) => db().selectFrom('partners').select(fields).where('network_id', '=', network).orderBy('name').execute();
    const original = await partnersOf(networkId);
    expect(original.length).toBe(4);
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await coordinator.get(`/api/networks/${networkId}/partners/export?format=${format}`);
      const copy = await createNetwork(coordinator, `Kopie ${format}`);
      const res = await upload(file.bytes, format === 'csv' ? CSV : XLSX, false, coordinator, copy);
      expect(res.status).toBe(200);
      expect(res.body.ignoredColumns).toEqual(['drijfveren', 'belangen', 'waarden', 'werklogica', 'aanbod', 'behoefte', 'talenten', 'achterban', 'risicos_achterban']);
      expect(await partnersOf(copy)).toEqual(original);
      const invited = await db().selectFrom('invitations').select('email').where('network_id', '=', copy).execute();
      expect(invited.map((i) => i.email)).toEqual(['rita@huisarts.example']);
    }
  });
});
