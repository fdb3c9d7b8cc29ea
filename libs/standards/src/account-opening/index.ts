export * from './account-opening-codes';
export { CreateAccountRequestDto } from './account-opening-requests.dto';
