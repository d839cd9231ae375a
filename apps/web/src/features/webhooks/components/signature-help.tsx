import { WEBHOOK_SIGNATURE_HEADER } from '@pos/shared';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The receiver's side of the contract in @pos/shared: HMAC-SHA256 over `${t}.${rawBody}`, hex, five-minute window. */
const NODE_EXAMPLE = `import crypto from 'node:crypto';

// rawBody: the request body exactly as received (a string or Buffer), before JSON parsing.
export function verifyPosSignature(header, rawBody, secret) {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=')));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > 300) return false; // older than 5 minutes
  const expected = crypto.createHmac('sha256', secret).update(\`\${t}.\${rawBody}\`).digest('hex');
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  const wanted = Buffer.from(expected, 'hex');
  return given.length === wanted.length && crypto.timingSafeEqual(given, wanted);
}

// Express: app.post('/pos/webhook', express.raw({ type: 'application/json' }), (req, res) => {
//   const ok = verifyPosSignature(req.get('${WEBHOOK_SIGNATURE_HEADER}'), req.body.toString('utf8'), process.env.POS_WEBHOOK_SECRET);
//   res.sendStatus(ok ? 204 : 401);
// });`;

/** 如何验证签名: the algorithm in words and a Node.js snippet to copy. */
export function SignatureHelp() {
  const { t } = useTranslation();
  return (
    <Card title={t('webhooks.signature.title')} data-testid="webhook-signature-help">
      <Typography.Paragraph>{t('webhooks.signature.intro', { header: WEBHOOK_SIGNATURE_HEADER })}</Typography.Paragraph>
      <ol style={{ paddingInlineStart: 20, marginTop: 0 }}>
        <li>{t('webhooks.signature.steps.parse')}</li>
        <li>{t('webhooks.signature.steps.compute')}</li>
        <li>{t('webhooks.signature.steps.compare')}</li>
        <li>{t('webhooks.signature.steps.window')}</li>
      </ol>
      <Typography.Text strong>{t('webhooks.signature.example')}</Typography.Text>
      <pre data-testid="webhook-signature-example" style={{ margin: '8px 0 0', padding: 12, overflow: 'auto', background: 'rgba(0,0,0,0.03)', borderRadius: 8, fontSize: 12 }}>
        <code>{NODE_EXAMPLE}</code>
      </pre>
    </Card>
  );
}
