import { resolve } from 'node:path';
import { readDirectory, writeDirectory } from '../directory/directory-file';
import { withDirectoryLock } from '../directory/directory-lock';
import { Directory, TppApplication } from '../directory/directory.types';
import { ensureTppApplication } from '../bootstrap/applications';
import { loadCertificateAuthority } from '../bootstrap/certificate-authority';
import { DEFAULT_RENEW_BEFORE_DAYS, DEFAULT_SERVER_HOSTNAMES } from '../bootstrap/defaults';
import { readIfExists } from '../issuance/atomic-file';
import { x509 } from '../issuance/x509';
import { assertNotRegistered, completeTppSpec, registrationOf, TppApplicationSpec, validateTppSpec } from './tpp-registration';

/**
 * Registers one more TPP application in an existing trust framework (the `tf` CLI). A running
 * hub picks it up without a restart: TrustDirectory reloads directory.json when it changes.
 */
export async function addTppApplication(certsDir: string, spec: TppApplicationSpec, now = new Date()): Promise<TppApplication> {
  const root = resolve(certsDir);
  validateTppSpec(spec);
  readDirectory(root);
  return withDirectoryLock(root, async () => {
    const directory = readDirectory(root);
    const registered = directory.tppApplications.map(registrationOf);
    const registration = completeTppSpec(spec, registered);
    assertNotRegistered(registration, registered);
    const ca = loadCertificateAuthority(root, now);
    const application = await ensureTppApplication(
      {
        certsDir: root,
        now,
        renewBeforeDays: DEFAULT_RENEW_BEFORE_DAYS,
        serverHostnames: serverHostnamesOf(directory),
        issuingCa: ca.issuingCa,
        issuingCaCertificate: ca.issuingCaCertificate,
        reissueAll: false,
      },
      registration,
    );
    writeDirectory({ ...directory, tppApplications: [...directory.tppApplications, application] });
    return application;
  });
}

/** The webhook receiver answers on the same names as the sandbox servers; the hub certificate records them. */
function serverHostnamesOf(directory: Directory): string[] {
  const pem = readIfExists(directory.servers.hub.certFile);
  const san = pem ? new x509.X509Certificate(pem).getExtension(x509.SubjectAlternativeNameExtension) : null;
  return san ? san.names.toJSON().map((n) => n.value) : DEFAULT_SERVER_HOSTNAMES;
}
