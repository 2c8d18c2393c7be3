import { describe, expect, it } from 'vitest';
import { DESCRIBE_TABWRITER, TABLE_TABWRITER, tabwrite } from './tabwriter';

describe('tabwrite (Go text/tabwriter)', () => {
  it.each([
    {
      name: 'get table: columns padded to longest + 3, at least 6, last column unpadded',
      opts: TABLE_TABWRITER,
      text: 'NAME\tREADY\tAGE\nweb\t3/3\t5s\nnginx-deployment\t1/1\t10m\n',
      want: 'NAME               READY   AGE\nweb                3/3     5s\nnginx-deployment   1/1     10m\n',
    },
    {
      name: 'short columns keep the minimum width of 6',
      opts: TABLE_TABWRITER,
      text: 'A\tB\nx\ty\n',
      want: 'A     B\nx     y\n',
    },
    {
      name: 'describe: a line without tabs ends the block',
      opts: DESCRIBE_TABWRITER,
      text: 'Name:\tweb\nNamespace:\tdefault\nPod Template:\n  Labels:\tapp=web\n',
      want: 'Name:       web\nNamespace:  default\nPod Template:\n  Labels:  app=web\n',
    },
    {
      name: 'describe: nested columns only align lines that have them',
      opts: DESCRIBE_TABWRITER,
      text: 'Conditions:\n  Type\tStatus\tReason\n  Available \tTrue\tMinimumReplicasAvailable\nOldReplicaSets:\t<none>\n',
      want: 'Conditions:\n  Type           Status  Reason\n  Available      True    MinimumReplicasAvailable\nOldReplicaSets:  <none>\n',
    },
  ])('$name', ({ opts, text, want }) => {
    expect(tabwrite(text, opts)).toBe(want);
  });
});
