import { MAX_UPLOAD_BYTES } from '@helpdock/sdk/lite';
import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../attachments/file-size.js';
import { acceptedTypes, uploadProblem } from './check-file.js';

describe('checking files before upload', () => {
  it('accepts the server’s types by declared type, or by extension when the browser declares none', () => {
    expect(uploadProblem({ name: 'a.png', size: 10, type: 'image/png' })).toBeUndefined();
    expect(uploadProblem({ name: 'notes.txt', size: 10, type: '' })).toBeUndefined();
    expect(uploadProblem({ name: 'Scan.PDF', size: 10, type: 'application/octet-stream' })).toBeUndefined();
    expect(uploadProblem({ name: 'setup.exe', size: 10, type: 'application/x-msdownload' })).toBe(
      'uploadType',
    );
    expect(uploadProblem({ name: 'page.html', size: 10, type: 'text/html' })).toBe('uploadType');
    expect(uploadProblem({ name: 'photo.png', size: 10, type: 'image/svg+xml' })).toBe('uploadType');
    expect(uploadProblem({ name: 'archive', size: 10, type: '' })).toBe('uploadType');
  });

  it('refuses files over 10 MiB before uploading them', () => {
    expect(uploadProblem({ name: 'a.png', size: MAX_UPLOAD_BYTES, type: 'image/png' })).toBeUndefined();
    expect(uploadProblem({ name: 'a.png', size: MAX_UPLOAD_BYTES + 1, type: 'image/png' })).toBe(
      'uploadTooLarge',
    );
  });

  it('offers exactly the accepted types in the file picker', () => {
    expect(acceptedTypes.split(',')).toEqual([
      'image/png',
      'image/jpeg',
      'image/gif',
      'image/webp',
      'application/pdf',
      'text/plain',
      'text/csv',
    ]);
  });

  it('shows sizes in the visitor’s language', () => {
    expect(formatFileSize(512, 'en')).toBe('512 byte');
    expect(formatFileSize(1536, 'en')).toBe('1.5 kB');
    expect(formatFileSize(3 * 1024 * 1024, 'en')).toBe('3 MB');
    expect(formatFileSize(1536, 'pt-BR')).toBe('1,5 kB');
  });
});
