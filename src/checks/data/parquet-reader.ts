import {
  asyncBufferFromFile,
  parquetMetadataAsync,
  parquetScan,
  parquetSchema,
  type FileMetaData,
} from 'hyparquet';
import { InputError } from '../../errors.js';
import type { ReadResult } from './csv-reader.js';
import type { ColumnProfile } from './profile.js';

/**
 * Reads a Parquet file with hyparquet, column by column and row group by row group: at any time one
 * decoded column chunk (one row group of one column) is in memory, fed to its profile and dropped.
 * A truncated or corrupt file is an InputError naming the file (and the column and rows when the
 * damage is in the data pages).
 */
export async function readParquet(
  realPath: string,
  label: string,
  profiles: ReadonlyMap<string, ColumnProfile>,
  signal?: AbortSignal,
): Promise<ReadResult> {
  const file = await asyncBufferFromFile(realPath);
  let metadata: FileMetaData;
  let names: string[];
  try {
    metadata = await parquetMetadataAsync(file);
    names = parquetSchema(metadata).children.map((c) => c.element.name);
  } catch (err) {
    throw new InputError(
      [
        {
          file: label,
          message: `not a readable Parquet file (truncated or corrupt: ${(err as Error).message})`,
        },
      ],
      'invalid_data',
    );
  }
  const wanted = names.filter((n) => profiles.has(n));
  for (const n of wanted) profiles.get(n)!.present = true;
  const rows = Number(metadata.num_rows);
  if (wanted.length === 0 || rows === 0) return { rows, columns: names };

  const scan = await parquetScan({ file, metadata, columns: wanted }).catch((err: unknown) => {
    throw new InputError(
      [{ file: label, message: `cannot read the Parquet file: ${(err as Error).message}` }],
      'invalid_data',
    );
  });
  for (const range of scan.ranges) {
    for (const column of wanted) {
      signal?.throwIfAborted();
      let data;
      try {
        data = await scan.readColumn({ column, rowStart: range.rowStart, rowEnd: range.rowEnd });
      } catch (err) {
        throw new InputError(
          [
            {
              file: label,
              path: column,
              message: `rows ${range.rowStart + 1}–${range.rowEnd}: corrupt column data (${(err as Error).message})`,
            },
          ],
          'invalid_data',
        );
      }
      const profile = profiles.get(column)!;
      const first = range.rowStart + 1;
      if (
        data instanceof Float64Array ||
        data instanceof Float32Array ||
        data instanceof Int32Array ||
        data instanceof Uint32Array
      ) {
        profile.addNumbers(data, first);
      } else {
        for (let i = 0; i < data.length; i++) profile.addValue(data[i], first + i);
      }
    }
  }
  return { rows, columns: names };
}
